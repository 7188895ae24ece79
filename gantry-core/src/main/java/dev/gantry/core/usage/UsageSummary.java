package dev.gantry.core.usage;

import java.math.BigDecimal;

/**
 * Totals for one group of ledger rows.
 *
 * @param cacheHits requests answered from a response cache (exact or semantic)
 * @param savedUsd  what those hits would have cost upstream
 * @param selectedRequests requests to an alias with smart model selection
 * @param cheapRequests    those of them sent to the cheap model
 * @param routingSavedUsd  what the strong model would have cost for the cheap requests' tokens, less what they cost
 * @param batchRequests    requests that were items of a provider batch
 * @param batchSavedUsd    what those would have cost at normal prices, less their batch cost
 */
public record UsageSummary(String group, long requests, long failures, long inputTokens, long outputTokens,
                           long cachedInputTokens, long reasoningTokens, BigDecimal costUsd, double avgLatencyMs,
                           long cacheHits, BigDecimal savedUsd, long selectedRequests, long cheapRequests,
                           BigDecimal routingSavedUsd, long batchRequests, BigDecimal batchSavedUsd) {

    public UsageSummary {
        if (batchSavedUsd == null) batchSavedUsd = BigDecimal.ZERO;
    }

    /** Totals without batch figures. */
    public UsageSummary(String group, long requests, long failures, long inputTokens, long outputTokens,
                        long cachedInputTokens, long reasoningTokens, BigDecimal costUsd, double avgLatencyMs,
                        long cacheHits, BigDecimal savedUsd, long selectedRequests, long cheapRequests,
                        BigDecimal routingSavedUsd) {
        this(group, requests, failures, inputTokens, outputTokens, cachedInputTokens, reasoningTokens, costUsd,
                avgLatencyMs, cacheHits, savedUsd, selectedRequests, cheapRequests, routingSavedUsd, 0, BigDecimal.ZERO);
    }

    /** Totals without smart model selection figures. */
    public UsageSummary(String group, long requests, long failures, long inputTokens, long outputTokens,
                        long cachedInputTokens, long reasoningTokens, BigDecimal costUsd, double avgLatencyMs,
                        long cacheHits, BigDecimal savedUsd) {
        this(group, requests, failures, inputTokens, outputTokens, cachedInputTokens, reasoningTokens, costUsd,
                avgLatencyMs, cacheHits, savedUsd, 0, 0, BigDecimal.ZERO);
    }

    /** Totals without cache figures. */
    public UsageSummary(String group, long requests, long failures, long inputTokens, long outputTokens,
                        long cachedInputTokens, long reasoningTokens, BigDecimal costUsd, double avgLatencyMs) {
        this(group, requests, failures, inputTokens, outputTokens, cachedInputTokens, reasoningTokens, costUsd,
                avgLatencyMs, 0, BigDecimal.ZERO);
    }
}
