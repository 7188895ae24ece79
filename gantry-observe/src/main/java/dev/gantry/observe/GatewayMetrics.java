package dev.gantry.observe;

import dev.gantry.core.usage.UsageRecord;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Request metrics from finished requests: counts by outcome, tokens, cost, latency, time to first token and
 * the gateway's own overhead (total minus time waiting on providers), as gantry_* meters. Meters are
 * cached per tag set so the hot path does one map lookup, not a registry lookup.
 */
public final class GatewayMetrics {
    private final MeterRegistry registry;
    private final ConcurrentHashMap<String, Meters> meters = new ConcurrentHashMap<>();
    private final Timer overhead;

    public GatewayMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.overhead = Timer.builder("gantry_overhead").description("time spent in the gateway itself, per request")
                .publishPercentiles(0.5, 0.99).register(registry);
    }

    public void record(UsageRecord r, long overheadNanos) {
        String outcome = r.errorKind() == null ? "ok" : r.errorKind();
        String model = r.alias() == null ? "unknown" : r.alias();
        String provider = r.provider() == null ? "none" : r.provider();
        Meters m = meters.computeIfAbsent(model + '\u0000' + provider + '\u0000' + outcome + '\u0000' + r.endpoint(),
                k -> new Meters(registry, model, provider, outcome, r.endpoint()));
        m.requests.increment();
        m.latency.record(Duration.ofMillis(r.latencyMs()));
        if (r.ttftMs() >= 0) m.ttft.record(Duration.ofMillis(r.ttftMs()));
        m.inputTokens.increment(r.inputTokens());
        m.outputTokens.increment(r.outputTokens());
        m.cost.record(r.costUsd().doubleValue());
        overhead.record(Duration.ofNanos(overheadNanos));
    }

    private static final class Meters {
        final Counter requests;
        final Timer latency;
        final Timer ttft;
        final Counter inputTokens;
        final Counter outputTokens;
        final DistributionSummary cost;

        Meters(MeterRegistry reg, String model, String provider, String outcome, String endpoint) {
            String[] tags = {"model", model, "provider", provider, "outcome", outcome, "endpoint", endpoint == null ? "" : endpoint};
            requests = Counter.builder("gantry_requests").tags(tags).register(reg);
            latency = Timer.builder("gantry_request_latency").tags(tags).publishPercentiles(0.5, 0.9, 0.99).register(reg);
            ttft = Timer.builder("gantry_time_to_first_token").tags(tags).publishPercentiles(0.5, 0.99).register(reg);
            inputTokens = Counter.builder("gantry_input_tokens").tags(tags).register(reg);
            outputTokens = Counter.builder("gantry_output_tokens").tags(tags).register(reg);
            cost = DistributionSummary.builder("gantry_cost_usd").tags(tags).register(reg);
        }
    }
}
