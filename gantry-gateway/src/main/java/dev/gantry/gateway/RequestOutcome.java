package dev.gantry.gateway;

import dev.gantry.core.usage.UsageRecord;

/**
 * A finished request, handed to listeners (ledger, metrics) off the response path.
 *
 * @param upstreamNanos time spent waiting on providers (all attempts)
 * @param totalNanos    time from request received to response finished
 */
public record RequestOutcome(UsageRecord usage, long upstreamNanos, long totalNanos) {
    /** The gateway's own share of the latency: total minus upstream. */
    public long overheadNanos() {
        return Math.max(0, totalNanos - upstreamNanos);
    }
}
