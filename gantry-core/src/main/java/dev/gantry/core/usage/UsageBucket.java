package dev.gantry.core.usage;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One time bucket of the ledger: totals and percentiles of the requests received in [start, end).
 *
 * @param latencyMs      percentiles of latency_ms over every request of the bucket
 * @param overheadMicros percentiles of the gateway's own time over the requests that recorded it
 */
public record UsageBucket(Instant start, Instant end, long requests, long failures, long inputTokens,
                          long outputTokens, BigDecimal costUsd, Percentiles latencyMs, Percentiles overheadMicros) {

    public static UsageBucket empty(Instant start, Instant end) {
        return new UsageBucket(start, end, 0, 0, 0, 0, BigDecimal.ZERO, Percentiles.NONE, Percentiles.NONE);
    }
}
