package dev.gantry.server.http;

import static dev.gantry.server.http.DashboardJson.JSON;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gantry.core.usage.UsageGroupBy;
import dev.gantry.core.usage.UsageQuery;
import dev.gantry.core.usage.UsageStore;
import dev.gantry.core.usage.UsageSummary;
import java.util.Comparator;
import java.util.List;

/** Totals by model (alias), provider, key and tag (feature), the keys that spend most, the slowest routes. */
final class DashboardBreakdowns {
    static final int TOP = 10;
    private final UsageStore store;

    DashboardBreakdowns(UsageStore store) {
        this.store = store;
    }

    ObjectNode read(DashboardRange range, UsageQuery filter) {
        UsageQuery q = DashboardOverview.within(filter, range.from(), range.to());
        List<UsageSummary> byKey = store.summarize(q, UsageGroupBy.KEY);
        ObjectNode out = JSON.createObjectNode().put("range", range.name()).put("from", range.from().toString())
                .put("to", range.to().toString());
        out.set("by_model", list(store.summarize(q, UsageGroupBy.MODEL)));
        out.set("by_provider", list(store.summarize(q, UsageGroupBy.PROVIDER)));
        out.set("by_key", list(byKey));
        out.set("by_tag", list(store.summarize(q, UsageGroupBy.FEATURE)));
        out.set("top_spenders", list(byKey.stream().filter(s -> s.group() != null).limit(TOP).toList()));
        out.set("slowest_routes", list(store.summarize(q, UsageGroupBy.ROUTE).stream()
                .filter(s -> s.group() != null && !s.group().isBlank())
                .sorted(Comparator.comparingDouble(UsageSummary::avgLatencyMs).reversed()).limit(TOP).toList()));
        return out;
    }

    private static ArrayNode list(List<UsageSummary> rows) {
        ArrayNode a = JSON.createArrayNode();
        for (UsageSummary s : rows) {
            ObjectNode o = JSON.valueToTree(UsageJson.summary(s));
            o.put("error_rate", s.requests() == 0 ? 0 : DashboardJson.round((double) s.failures() / s.requests(), 4));
            a.add(o);
        }
        return a;
    }
}
