package dev.gantry.core.usage;

import java.math.BigDecimal;

/**
 * Totals for one group of ledger rows.
 *
 * @param cacheHits requests answered from a response cache (exact or semantic)
 * @param savedUsd  what those hits would have cost upstream
 */
public record UsageSummary(String group, long requests, long failures, long inputTokens, long outputTokens,
                           long cachedInputTokens, long reasoningTokens, BigDecimal costUsd, double avgLatencyMs,
                           long cacheHits, BigDecimal savedUsd) {

    /** Totals without cache figures. */
    public UsageSummary(String group, long requests, long failures, long inputTokens, long outputTokens,
                        long cachedInputTokens, long reasoningTokens, BigDecimal costUsd, double avgLatencyMs) {
        this(group, requests, failures, inputTokens, outputTokens, cachedInputTokens, reasoningTokens, costUsd,
                avgLatencyMs, 0, BigDecimal.ZERO);
    }
}
