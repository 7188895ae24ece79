package dev.gantry.server.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gantry.core.usage.UsageStore;
import dev.gantry.server.cost.CostReport;
import java.time.Instant;

/** The cost report on the dashboard: the same figures and JSON as `gantry cost report --json`. */
final class DashboardCost {
    private final UsageStore usage;

    DashboardCost(UsageStore usage) {
        this.usage = usage;
    }

    /** @param since null: the start of this month (UTC); @param until null: up to now */
    ObjectNode read(Instant since, Instant until, String groupBy, Instant now) {
        Instant from = since == null ? CostReport.monthStart(now) : since;
        CostReport report = CostReport.read(usage, from, until, CostReport.GROUPINGS.get(groupBy), now);
        return DashboardJson.JSON.valueToTree(CostReportJson.of(report, groupBy, from, until));
    }
}
