package dev.gantry.gateway;

import dev.gantry.core.usage.UsageRecord;
import java.util.function.Supplier;

/**
 * A finished request, handed to listeners (ledger, metrics) off the response path.
 *
 * @param upstreamNanos time spent waiting on providers (all attempts)
 * @param totalNanos    time from request received to response finished
 * @param fallbacks     routes tried after the requested alias's own
 * @param tokenGapsNanos gaps between a stream's content chunks (inter-token time); empty when not streamed
 * @param capture       the prompt and answer text, built on demand (the opt-in request log)
 */
public record RequestOutcome(UsageRecord usage, long upstreamNanos, long totalNanos, int fallbacks,
                             long[] tokenGapsNanos, Supplier<CapturedExchange> capture) {
    public RequestOutcome(UsageRecord usage, long upstreamNanos, long totalNanos) {
        this(usage, upstreamNanos, totalNanos, 0, new long[0], () -> CapturedExchange.NONE);
    }

    /** The gateway's own share of the latency: total minus upstream. */
    public long overheadNanos() {
        return Math.max(0, totalNanos - upstreamNanos);
    }
}
