package dev.gantry.server.cost;

import dev.gantry.core.usage.UsageGroupBy;
import dev.gantry.core.usage.UsageQuery;
import dev.gantry.core.usage.UsageStore;
import dev.gantry.core.usage.UsageSummary;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/**
 * The figures of a cost report: totals over the groups, and the month's projection (this month's spend so far,
 * spread over the whole month at the pace of the days gone). Routing savings come from smart model selection; with
 * no request to an alias that has it, the report says n/a rather than zero. Batch savings are what provider batch
 * API items would have cost at normal prices, less their batch cost.
 */
public record CostReport(List<UsageSummary> groups, UsageSummary total, BigDecimal monthToDate,
                         BigDecimal projectedMonth) {

    /** The report's default range starts here: the first day of this month, UTC. */
    public static Instant monthStart(Instant now) {
        return now.atZone(ZoneOffset.UTC).toLocalDate().withDayOfMonth(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** What --group-by / group-by accept; "tag" is what requests send as x-gantry-feature. */
    public static final Map<String, UsageGroupBy> GROUPINGS = Map.of("key", UsageGroupBy.KEY, "model", UsageGroupBy.MODEL,
            "tag", UsageGroupBy.FEATURE, "feature", UsageGroupBy.FEATURE, "day", UsageGroupBy.DAY);

    /** Reads the report from the ledger: the groups over [from, until) and this month's total for the projection. */
    public static CostReport read(UsageStore store, Instant from, Instant until, UsageGroupBy by, Instant now) {
        List<UsageSummary> groups = store.summarize(new UsageQuery(from, until, null, null, null, null, null, 0), by);
        UsageQuery month = new UsageQuery(monthStart(now), null, null, null, null, null, null, 0);
        return of(groups, sum(store.summarize(month, UsageGroupBy.MODEL)), now);
    }

    public static CostReport of(List<UsageSummary> groups, UsageSummary monthTotal, Instant now) {
        return new CostReport(groups, sum(groups), monthTotal.costUsd(), projection(monthTotal.costUsd(), now));
    }

    public static UsageSummary sum(List<UsageSummary> rows) {
        long requests = 0;
        long failures = 0;
        long in = 0;
        long out = 0;
        long cached = 0;
        long reasoning = 0;
        long hits = 0;
        long selected = 0;
        long cheap = 0;
        BigDecimal routingSaved = BigDecimal.ZERO;
        long batch = 0;
        BigDecimal batchSaved = BigDecimal.ZERO;
        BigDecimal cost = BigDecimal.ZERO;
        BigDecimal saved = BigDecimal.ZERO;
        double latencyWeighted = 0;
        for (UsageSummary s : rows) {
            requests += s.requests();
            failures += s.failures();
            in += s.inputTokens();
            out += s.outputTokens();
            cached += s.cachedInputTokens();
            reasoning += s.reasoningTokens();
            hits += s.cacheHits();
            cost = cost.add(s.costUsd());
            saved = saved.add(s.savedUsd());
            selected += s.selectedRequests();
            cheap += s.cheapRequests();
            routingSaved = routingSaved.add(s.routingSavedUsd());
            batch += s.batchRequests();
            batchSaved = batchSaved.add(s.batchSavedUsd());
            latencyWeighted += s.avgLatencyMs() * s.requests();
        }
        return new UsageSummary("total", requests, failures, in, out, cached, reasoning, cost,
                requests == 0 ? 0 : latencyWeighted / requests, hits, saved, selected, cheap, routingSaved, batch, batchSaved);
    }

    /** Month-to-date spend scaled by the month's length over the time gone (UTC). */
    public static BigDecimal projection(BigDecimal monthToDate, Instant now) {
        LocalDate today = now.atZone(ZoneOffset.UTC).toLocalDate();
        Instant start = today.withDayOfMonth(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        long monthSeconds = YearMonth.from(today).lengthOfMonth() * 86_400L;
        long gone = Math.max(3_600, Duration.between(start, now).toSeconds()); // at least an hour: no wild first-minute figures
        return monthToDate.multiply(BigDecimal.valueOf(monthSeconds)).divide(BigDecimal.valueOf(gone), 6, RoundingMode.HALF_UP);
    }
}
