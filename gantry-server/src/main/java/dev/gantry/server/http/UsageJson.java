package dev.gantry.server.http;

import dev.gantry.core.usage.UsageRecord;
import dev.gantry.core.usage.UsageSummary;
import java.util.LinkedHashMap;
import java.util.Map;

/** Ledger rows as JSON-ready maps with snake_case names (shared by the API and the CLI). */
public final class UsageJson {
    private UsageJson() {
    }

    public static Map<String, Object> record(UsageRecord r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("request_id", r.requestId());
        m.put("timestamp", r.timestamp().toString());
        m.put("key", r.keyName());
        m.put("model", r.alias());
        m.put("provider", r.provider());
        m.put("upstream_model", r.upstreamModel());
        m.put("endpoint", r.endpoint());
        m.put("stream", r.stream());
        m.put("input_tokens", r.inputTokens());
        m.put("output_tokens", r.outputTokens());
        m.put("cached_input_tokens", r.cachedInputTokens());
        m.put("cache_write_tokens", r.cacheWriteTokens());
        m.put("reasoning_tokens", r.reasoningTokens());
        m.put("cost_usd", r.costUsd().toPlainString());
        m.put("latency_ms", r.latencyMs());
        m.put("ttft_ms", r.ttftMs());
        m.put("overhead_us", r.overheadMicros());
        m.put("cache", r.cache());
        m.put("saved_usd", r.savedUsd().toPlainString());
        m.put("selection", r.selection());
        m.put("routing_saved_usd", r.routingSavedUsd().toPlainString());
        m.put("batch_id", r.batchId());
        m.put("batch_saved_usd", r.batchSavedUsd().toPlainString());
        m.put("status", r.status());
        m.put("error", r.errorKind());
        m.put("attempts", r.attempts());
        m.put("route", r.route());
        m.put("feature", r.feature());
        return m;
    }

    public static Map<String, Object> summary(UsageSummary s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("group", s.group());
        m.put("requests", s.requests());
        m.put("failures", s.failures());
        m.put("input_tokens", s.inputTokens());
        m.put("output_tokens", s.outputTokens());
        m.put("cached_input_tokens", s.cachedInputTokens());
        m.put("reasoning_tokens", s.reasoningTokens());
        m.put("cost_usd", s.costUsd().toPlainString());
        m.put("avg_latency_ms", Math.round(s.avgLatencyMs() * 10) / 10.0);
        m.put("cache_hits", s.cacheHits());
        m.put("saved_usd", s.savedUsd().toPlainString());
        m.put("selected_requests", s.selectedRequests());
        m.put("cheap_requests", s.cheapRequests());
        m.put("routing_saved_usd", s.routingSavedUsd().toPlainString());
        m.put("batch_requests", s.batchRequests());
        m.put("batch_saved_usd", s.batchSavedUsd().toPlainString());
        return m;
    }
}
