package dev.gantry.server.http;

import static dev.gantry.server.http.DashboardJson.JSON;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gantry.core.usage.UsageBucket;
import dev.gantry.core.usage.UsageGroupBy;
import dev.gantry.core.usage.UsageQuery;
import dev.gantry.core.usage.UsageRecord;
import dev.gantry.core.usage.UsageStore;
import dev.gantry.core.usage.UsageSummary;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** The overview: a series per bucket, the same measures over the whole range, cost today and this month (UTC). */
final class DashboardOverview {
    private final UsageStore store;

    DashboardOverview(UsageStore store) {
        this.store = store;
    }

    ObjectNode read(DashboardRange range, UsageQuery filter, Instant now) {
        UsageQuery inRange = within(filter, range.from(), range.to());
        ArrayNode series = JSON.createArrayNode();
        for (UsageBucket b : store.series(inRange, range.bucket())) series.add(DashboardJson.bucket(b));
        UsageBucket whole = store.series(inRange, Duration.between(range.from(), range.to())).getFirst();
        ObjectNode out = JSON.createObjectNode().put("range", range.name()).put("from", range.from().toString())
                .put("to", range.to().toString()).put("bucket_seconds", range.bucket().toSeconds());
        out.set("series", series);
        out.set("totals", DashboardJson.bucket(whole));
        out.set("cost", cost(filter, now));
        out.set("cache", cache(inRange));
        return out;
    }

    /** Hits over requests to cached aliases in the range; n/a when no request went to a cached alias. */
    private ObjectNode cache(UsageQuery inRange) {
        long hits = 0;
        long lookups = 0;
        for (UsageSummary s : store.summarize(inRange, UsageGroupBy.CACHE)) {
            if (s.group() == null) continue;
            lookups += s.requests();
            if (UsageRecord.isCacheHit(s.group())) hits += s.requests();
        }
        ObjectNode o = JSON.createObjectNode();
        if (lookups == 0) return o.putNull("hit_rate").put("note", DashboardJson.NO_CACHE);
        return o.put("hit_rate", (double) hits / lookups).put("hits", hits).put("lookups", lookups)
                .put("note", hits + " of " + lookups + " requests to cached models");
    }

    /** Both figures from one pass over this month's days. */
    private ObjectNode cost(UsageQuery filter, Instant now) {
        LocalDate today = now.atZone(ZoneOffset.UTC).toLocalDate();
        Instant monthStart = today.withDayOfMonth(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        BigDecimal month = BigDecimal.ZERO;
        BigDecimal day = BigDecimal.ZERO;
        for (UsageSummary s : store.summarize(within(filter, monthStart, null), UsageGroupBy.DAY)) {
            month = month.add(s.costUsd());
            if (today.toString().equals(s.group())) day = day.add(s.costUsd());
        }
        return JSON.createObjectNode().put("today_usd", DashboardJson.usd(day)).put("month_usd", DashboardJson.usd(month))
                .put("day", today.toString()).put("month", today.toString().substring(0, 7));
    }

    static UsageQuery within(UsageQuery f, Instant from, Instant to) {
        return new UsageQuery(from, to, f.keyName(), f.alias(), f.provider(), f.feature(), f.failedOnly(), 0);
    }
}
