package dev.gantry.server.http;

import dev.gantry.server.cost.CostReport;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** One JSON shape for the cost report, printed by `gantry cost report --json` and served to the dashboard. */
public final class CostReportJson {
    private CostReportJson() {
    }

    /** @param until null: open-ended (up to now) */
    public static Map<String, Object> of(CostReport r, String groupBy, Instant since, Instant until) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("since", since.toString());
        out.put("until", until == null ? null : until.toString());
        out.put("group_by", groupBy);
        out.put("groups", r.groups().stream().map(UsageJson::summary).toList());
        out.put("total", UsageJson.summary(r.total()));
        // null, not zero, when no request went to an alias with smart model selection
        out.put("routing_saved_usd", r.total().selectedRequests() == 0 ? null : usd(r.total().routingSavedUsd()));
        out.put("batch_saved_usd", r.total().batchRequests() == 0 ? null : usd(r.total().batchSavedUsd()));
        out.put("month_to_date_usd", usd(r.monthToDate()));
        out.put("projected_month_usd", usd(r.projectedMonth()));
        return out;
    }

    public static String usd(BigDecimal v) {
        return v.setScale(6, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
