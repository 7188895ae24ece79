package dev.gantry.observe;

import dev.gantry.core.usage.UsageRecord;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;


/**
 * Request metrics from finished requests, as Prometheus-style gantry_* meters: requests by alias, provider,
 * upstream model, key and status; histograms of total time, time to first token, inter-token time and the
 * gateway's own overhead; tokens by kind; cost; retries, fallbacks and failed upstream attempts. Histograms use
 * fixed buckets (so Grafana's histogram_quantile works across instances) rather than client-side percentiles.
 * Meters are cached per tag set: the listener thread does map lookups, not registry lookups.
 */
public final class GatewayMetrics {
    private static final Duration[] LATENCY_BUCKETS = buckets(5, 10, 25, 50, 100, 250, 500, 1_000, 2_500, 5_000,
            10_000, 30_000, 60_000, 120_000);
    private static final Duration[] TOKEN_GAP_BUCKETS = buckets(1, 2, 5, 10, 20, 50, 100, 200, 500, 1_000, 5_000);
    private static final Duration[] OVERHEAD_BUCKETS = micros(50, 100, 250, 500, 1_000, 2_500, 5_000, 10_000, 25_000,
            100_000);

    private final MeterRegistry registry;
    private final Timer overhead;
    private final ConcurrentHashMap<String, Counter> counters = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Timer> timers = new ConcurrentHashMap<>();

    public GatewayMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.overhead = Timer.builder("gantry_overhead").description("time spent in the gateway itself per request: "
                + "total minus time waiting on providers").serviceLevelObjectives(OVERHEAD_BUCKETS).register(registry);
    }

    /**
     * @param overheadNanos  the gateway's own time for the request
     * @param fallbacks      routes tried after the requested alias's own
     * @param tokenGapsNanos a stream's inter-token gaps; empty otherwise
     */
    public void record(UsageRecord r, long overheadNanos, int fallbacks, long[] tokenGapsNanos) {
        String model = orElse(r.alias(), "unknown");
        String provider = orElse(r.provider(), "none");
        String upstream = orElse(r.upstreamModel(), "none");
        counter("gantry_requests", "requests by model alias, provider, upstream model, key and HTTP status",
                "model", model, "provider", provider, "upstream_model", upstream, "key", orElse(r.keyName(), "none"),
                "status", String.valueOf(r.status()), "endpoint", orElse(r.endpoint(), "none"),
                "stream", String.valueOf(r.stream())).increment();
        timer("gantry_request_duration", "time from request received to response finished", LATENCY_BUCKETS,
                "model", model, "provider", provider, "endpoint", orElse(r.endpoint(), "none"))
                .record(Duration.ofMillis(r.latencyMs()));
        if (r.ttftMs() >= 0) {
            timer("gantry_time_to_first_token", "time to a stream's first token", LATENCY_BUCKETS,
                    "model", model, "provider", provider).record(Duration.ofMillis(r.ttftMs()));
        }
        recordGaps(model, provider, tokenGapsNanos);
        overhead.record(Duration.ofNanos(overheadNanos));
        recordTokens(r, model, provider);
        counter("gantry_cost_usd", "cost in USD from the price catalogue", "model", model, "provider", provider,
                "key", orElse(r.keyName(), "none")).increment(r.costUsd().doubleValue());
        recordRouting(r, model, fallbacks);
        recordCache(r, model);
    }

    private void recordCache(UsageRecord r, String model) {
        if (r.cache() == null) return;
        counter("gantry_cache_requests", "requests to cached aliases by result (hit, miss)", "model", model,
                "result", r.cache()).increment();
        if (r.savedUsd().signum() > 0) {
            counter("gantry_cache_saved_usd", "upstream cost avoided by cache hits", "model", model)
                    .increment(r.savedUsd().doubleValue());
        }
    }

    private void recordGaps(String model, String provider, long[] gaps) {
        if (gaps.length == 0) return;
        Timer t = timer("gantry_inter_token", "time between a stream's content chunks", TOKEN_GAP_BUCKETS,
                "model", model, "provider", provider);
        for (long g : gaps) t.record(g, java.util.concurrent.TimeUnit.NANOSECONDS);
    }

    private void recordTokens(UsageRecord r, String model, String provider) {
        tokens(model, provider, "input", r.inputTokens() - r.cachedInputTokens());
        tokens(model, provider, "cached_input", r.cachedInputTokens());
        tokens(model, provider, "cache_write", r.cacheWriteTokens());
        tokens(model, provider, "output", r.outputTokens());
        tokens(model, provider, "reasoning", r.reasoningTokens());
    }

    private void tokens(String model, String provider, String kind, long n) {
        if (n <= 0) return;
        counter("gantry_tokens", "tokens by kind (input excludes cached input; reasoning is part of output)",
                "model", model, "provider", provider, "kind", kind).increment(n);
    }

    /** Retries and failed attempts come from the route the request took, e.g. "oai/m!rate_limited > ant/c". */
    private void recordRouting(UsageRecord r, String model, int fallbacks) {
        if (r.attempts() > 1) counter("gantry_retries", "upstream attempts after the first (retries and fallbacks)",
                "model", model).increment(r.attempts() - 1);
        if (fallbacks > 0) counter("gantry_fallbacks", "fallback routes tried", "model", model).increment(fallbacks);
        if (r.route() == null || r.route().indexOf('!') < 0) return;
        for (String step : r.route().split(" > ")) {
            int bang = step.indexOf('!');
            if (bang < 0) continue;
            counter("gantry_upstream_failures", "failed upstream attempts by target and error kind",
                    "target", step.substring(0, bang), "kind", step.substring(bang + 1)).increment();
        }
    }

    private Counter counter(String name, String help, String... tags) {
        return counters.computeIfAbsent(key(name, tags), k -> Counter.builder(name).description(help).tags(tags)
                .register(registry));
    }

    private Timer timer(String name, String help, Duration[] buckets, String... tags) {
        return timers.computeIfAbsent(key(name, tags), k -> Timer.builder(name).description(help).tags(tags)
                .serviceLevelObjectives(buckets).register(registry));
    }

    private static String key(String name, String[] tags) {
        return name + '\u0000' + String.join("\u0000", tags);
    }

    private static String orElse(String v, String fallback) {
        return v == null ? fallback : v;
    }

    private static Duration[] buckets(long... millis) {
        return java.util.Arrays.stream(millis).mapToObj(Duration::ofMillis).toArray(Duration[]::new);
    }

    private static Duration[] micros(long... micros) {
        return java.util.Arrays.stream(micros).mapToObj(m -> Duration.ofNanos(m * 1_000)).toArray(Duration[]::new);
    }

}
