package dev.gantry.core.usage;

import java.math.BigDecimal;

/** Totals for one group of ledger rows. */
public record UsageSummary(String group, long requests, long failures, long inputTokens, long outputTokens,
                           long cachedInputTokens, long reasoningTokens, BigDecimal costUsd, double avgLatencyMs) {
}
