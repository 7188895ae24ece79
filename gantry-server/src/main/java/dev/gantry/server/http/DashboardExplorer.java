package dev.gantry.server.http;

import static dev.gantry.server.http.DashboardJson.JSON;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gantry.core.audit.AuditEvent;
import dev.gantry.core.audit.AuditLog;
import dev.gantry.core.audit.AuditRecord;
import dev.gantry.core.error.ErrorKind;
import dev.gantry.core.error.GantryException;
import dev.gantry.core.usage.UsageQuery;
import dev.gantry.core.usage.UsageRecord;
import dev.gantry.core.usage.UsageSearch;
import dev.gantry.core.usage.UsageStore;
import dev.gantry.gateway.CostCalculator;
import dev.gantry.gateway.cost.Price;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/** The request explorer: a page of ledger rows, and one request with its attempts, guard decisions, tokens, cost, timings. */
final class DashboardExplorer {
    static final int MAX_GUARD_DECISIONS = 200;
    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);
    private final UsageStore store;
    private final AuditLog audit;
    private final CostCalculator costs;

    DashboardExplorer(UsageStore store, AuditLog audit, CostCalculator costs) {
        this.store = store;
        this.audit = audit;
        this.costs = costs;
    }

    /** Reads one row more than the page to tell whether another page follows. */
    ObjectNode page(UsageSearch search) {
        int limit = search.filter().limit();
        UsageQuery f = search.filter();
        UsageSearch probe = new UsageSearch(new UsageQuery(f.from(), f.to(), f.keyName(), f.alias(), f.provider(),
                f.feature(), f.failedOnly(), limit + 1), search.errorKind(), search.stream(), search.text(), search.offset());
        List<UsageRecord> rows = store.search(probe);
        ArrayNode data = JSON.createArrayNode();
        rows.stream().limit(limit).forEach(r -> data.add(JSON.valueToTree(UsageJson.record(r))));
        ObjectNode out = JSON.createObjectNode().put("object", "list").put("offset", search.offset()).put("limit", limit)
                .put("has_more", rows.size() > limit);
        out.set("data", data);
        return out;
    }

    ObjectNode detail(String requestId) {
        UsageRecord r = store.findById(requestId).orElseThrow(() -> new GantryException(ErrorKind.NOT_FOUND,
                "no request '" + requestId + "' in the ledger; records arrive a moment after the request ends, "
                        + "so try again shortly, or check the id (x-request-id)"));
        ObjectNode out = JSON.createObjectNode();
        out.set("request", JSON.valueToTree(UsageJson.record(r)));
        List<RouteSteps.Step> steps = RouteSteps.parse(r.route());
        out.set("attempts", attempts(steps));
        out.put("fallback", RouteSteps.fellBack(steps));
        out.set("guard_decisions", guardDecisions(requestId));
        out.set("tokens", tokens(r));
        out.set("cost", cost(r));
        out.set("timings", timings(r));
        out.put("cache", cacheResult(r));
        out.put("selection", selectionResult(r));
        return out;
    }

    private static String selectionResult(UsageRecord r) {
        if (r.selection() == null) return "none (the model has no select:)";
        if (r.routingSavedUsd().signum() == 0) return r.selection();
        return r.selection() + ": saved $" + DashboardJson.usd(r.routingSavedUsd()) + " vs the strong model";
    }

    private static String cacheResult(UsageRecord r) {
        if (r.cache() == null) return "not cached (the model has no response cache)";
        if (!UsageRecord.isCacheHit(r.cache())) return r.cache();
        return (UsageRecord.CACHE_HIT.equals(r.cache()) ? "hit" : "semantic hit") + ": saved $" + DashboardJson.usd(r.savedUsd());
    }

    private static ArrayNode attempts(List<RouteSteps.Step> steps) {
        ArrayNode a = JSON.createArrayNode();
        for (int i = 0; i < steps.size(); i++) {
            RouteSteps.Step s = steps.get(i);
            a.addObject().put("n", i + 1).put("provider", s.provider()).put("model", s.model())
                    .put("outcome", s.error() == null ? "ok" : s.error());
        }
        return a;
    }

    private ArrayNode guardDecisions(String requestId) {
        ArrayNode a = JSON.createArrayNode();
        for (AuditRecord rec : audit.find(AuditEvent.GUARD_DECISION, requestId, MAX_GUARD_DECISIONS)) {
            ObjectNode o = a.addObject().put("at", rec.event().at().toString()).put("seq", rec.seq());
            rec.event().details().forEach(o::put);
        }
        return a;
    }

    private static ObjectNode tokens(UsageRecord r) {
        return JSON.createObjectNode().put("input", r.inputTokens()).put("cached_input", r.cachedInputTokens())
                .put("cache_write", r.cacheWriteTokens()).put("output", r.outputTokens())
                .put("reasoning", r.reasoningTokens()).put("total", r.inputTokens() + r.outputTokens());
    }

    /** The ledger's total is what was charged; the split is recomputed at today's prices, so it says so. */
    private ObjectNode cost(UsageRecord r) {
        ObjectNode o = JSON.createObjectNode().put("total_usd", r.costUsd().toPlainString());
        Price p = r.provider() == null ? null : costs.price(r.provider(), r.upstreamModel());
        if (p == null) return o.putNull("parts");
        long plainInput = Math.max(0, r.inputTokens() - r.cachedInputTokens() - r.cacheWriteTokens());
        long plainOutput = Math.max(0, r.outputTokens() - r.reasoningTokens());
        ObjectNode parts = o.putObject("parts");
        parts.put("basis", "current prices, USD per million tokens")
                .put("input_usd", part(p.input(), plainInput)).put("cached_input_usd", part(p.cachedInput(), r.cachedInputTokens()))
                .put("cache_write_usd", part(p.cacheWrite(), r.cacheWriteTokens())).put("output_usd", part(p.output(), plainOutput))
                .put("reasoning_usd", part(p.reasoning(), r.reasoningTokens()));
        return o;
    }

    private static String part(BigDecimal perMillion, long tokens) {
        return perMillion.multiply(BigDecimal.valueOf(tokens)).divide(MILLION, 9, RoundingMode.HALF_UP).toPlainString();
    }

    /** Upstream is the time spent waiting on providers: latency minus the gateway's own overhead. */
    private static ObjectNode timings(UsageRecord r) {
        ObjectNode o = JSON.createObjectNode().put("latency_ms", r.latencyMs());
        if (r.ttftMs() >= 0) o.put("ttft_ms", r.ttftMs());
        else o.putNull("ttft_ms");
        if (r.overheadMicros() < 0) return o.putNull("overhead_ms").putNull("upstream_ms");
        double overheadMs = r.overheadMicros() / 1000.0;
        return o.put("overhead_ms", DashboardJson.round(overheadMs, 3))
                .put("upstream_ms", DashboardJson.round(Math.max(0, r.latencyMs() - overheadMs), 3));
    }
}
