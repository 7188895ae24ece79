package dev.gantry.store.sqlite;

import dev.gantry.core.usage.UsageRecord;
import java.math.BigDecimal;
import java.time.Instant;

/** Test records: a plain successful request, varied through the with* copies. */
final class UsageRecords {
    static final Instant T0 = Instant.parse("2025-03-10T12:00:00Z");

    private UsageRecords() {
    }

    static UsageRecord ok(String requestId, Instant at) {
        return new UsageRecord(requestId, at, "team-a", "gpt-4o-mini", "oai", "gpt-4o-mini-2024-07-18",
                "/v1/chat/completions", false, 100, 20, 0, 0, 0, new BigDecimal("0.000150000"), 40, -1, 200, null,
                1, "oai/gpt-4o-mini", null);
    }

    static UsageRecord withKey(UsageRecord r, String key) {
        return new UsageRecord(r.requestId(), r.timestamp(), key, r.alias(), r.provider(), r.upstreamModel(),
                r.endpoint(), r.stream(), r.inputTokens(), r.outputTokens(), r.cachedInputTokens(),
                r.cacheWriteTokens(), r.reasoningTokens(), r.costUsd(), r.latencyMs(), r.ttftMs(), r.status(),
                r.errorKind(), r.attempts(), r.route(), r.feature());
    }

    static UsageRecord withModel(UsageRecord r, String alias, String provider) {
        return new UsageRecord(r.requestId(), r.timestamp(), r.keyName(), alias, provider, r.upstreamModel(),
                r.endpoint(), r.stream(), r.inputTokens(), r.outputTokens(), r.cachedInputTokens(),
                r.cacheWriteTokens(), r.reasoningTokens(), r.costUsd(), r.latencyMs(), r.ttftMs(), r.status(),
                r.errorKind(), r.attempts(), r.route(), r.feature());
    }

    static UsageRecord withFeature(UsageRecord r, String feature) {
        return new UsageRecord(r.requestId(), r.timestamp(), r.keyName(), r.alias(), r.provider(), r.upstreamModel(),
                r.endpoint(), r.stream(), r.inputTokens(), r.outputTokens(), r.cachedInputTokens(),
                r.cacheWriteTokens(), r.reasoningTokens(), r.costUsd(), r.latencyMs(), r.ttftMs(), r.status(),
                r.errorKind(), r.attempts(), r.route(), feature);
    }

    static UsageRecord withCostAndLatency(UsageRecord r, String costUsd, long latencyMs) {
        return new UsageRecord(r.requestId(), r.timestamp(), r.keyName(), r.alias(), r.provider(), r.upstreamModel(),
                r.endpoint(), r.stream(), r.inputTokens(), r.outputTokens(), r.cachedInputTokens(),
                r.cacheWriteTokens(), r.reasoningTokens(), new BigDecimal(costUsd), latencyMs, r.ttftMs(), r.status(),
                r.errorKind(), r.attempts(), r.route(), r.feature());
    }

    static UsageRecord failed(UsageRecord r, int status, String errorKind) {
        return new UsageRecord(r.requestId(), r.timestamp(), r.keyName(), r.alias(), r.provider(), r.upstreamModel(),
                r.endpoint(), r.stream(), 0, 0, 0, 0, 0, BigDecimal.ZERO, r.latencyMs(), -1, status, errorKind,
                r.attempts(), r.route(), r.feature());
    }
}
