package dev.gantry.server.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gantry.core.usage.Percentiles;
import dev.gantry.core.usage.UsageBucket;
import java.math.BigDecimal;

/** JSON shapes shared by the dashboard APIs. Aggregates carry plain numbers (for charts); ledger rows keep exact strings. */
final class DashboardJson {
    static final ObjectMapper JSON = new ObjectMapper();
    /** There is no response cache yet: the dashboard says so instead of showing a number. */
    static final String NO_CACHE = "n/a (no request to a cached model in this range)";

    private DashboardJson() {
    }

    static ObjectNode bucket(UsageBucket b) {
        double seconds = Math.max(1, b.end().toEpochMilli() - b.start().toEpochMilli()) / 1000.0;
        ObjectNode o = JSON.createObjectNode().put("start", b.start().toString()).put("end", b.end().toString())
                .put("requests", b.requests()).put("rps", round(b.requests() / seconds, 4))
                .put("failures", b.failures())
                .put("error_rate", b.requests() == 0 ? 0 : round((double) b.failures() / b.requests(), 4))
                .put("input_tokens", b.inputTokens()).put("output_tokens", b.outputTokens())
                .put("cost_usd", usd(b.costUsd()));
        o.set("latency_ms", percentiles(b.latencyMs(), 1));
        o.set("overhead_ms", percentiles(b.overheadMicros(), 1000));
        return o;
    }

    /** Nulls for an empty set, so a chart leaves a gap instead of drawing a zero. */
    static ObjectNode percentiles(Percentiles p, double divisor) {
        ObjectNode o = JSON.createObjectNode();
        if (p.isEmpty()) return o.putNull("p50").putNull("p95").putNull("p99");
        return o.put("p50", round(p.p50() / divisor, 3)).put("p95", round(p.p95() / divisor, 3))
                .put("p99", round(p.p99() / divisor, 3));
    }

    static double usd(BigDecimal v) {
        return v == null ? 0 : v.doubleValue();
    }

    static double round(double v, int digits) {
        double f = Math.pow(10, digits);
        return Math.round(v * f) / f;
    }
}
