package dev.gantry.store.sqlite.internal;

import dev.gantry.core.usage.UsageGroupBy;
import dev.gantry.core.usage.UsageSummary;
import java.sql.ResultSet;
import java.sql.SQLException;

/** The aggregate query behind {@code summarize}, one group expression per {@link UsageGroupBy}. */
public final class UsageSummaries {
    private static final String AGGREGATES = "COUNT(*), SUM(CASE WHEN status >= 400 THEN 1 ELSE 0 END), "
            + "SUM(input_tokens), SUM(output_tokens), SUM(cached_input_tokens), SUM(reasoning_tokens), "
            + "SUM(cost_nano_usd), AVG(latency_ms), SUM(CASE WHEN cache LIKE '%hit' THEN 1 ELSE 0 END), "
            + "SUM(saved_nano_usd), SUM(CASE WHEN selection IS NULL THEN 0 ELSE 1 END), "
            + "SUM(CASE WHEN selection LIKE 'cheap%' THEN 1 ELSE 0 END), SUM(routing_saved_nano_usd), "
            + "SUM(CASE WHEN batch_id IS NULL THEN 0 ELSE 1 END), SUM(batch_saved_nano_usd)";

    private UsageSummaries() {
    }

    /** Days in ascending order; every other grouping by cost, highest first, then by name. */
    public static String sql(UsageGroupBy groupBy, UsageFilter filter) {
        String order = groupBy == UsageGroupBy.DAY ? "grp" : "SUM(cost_nano_usd) DESC, grp";
        return "SELECT " + groupExpression(groupBy) + " AS grp, " + AGGREGATES + " FROM usage" + filter.where()
                + " GROUP BY grp ORDER BY " + order;
    }

    public static UsageSummary read(ResultSet rs) throws SQLException {
        return new UsageSummary(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
                rs.getLong(6), rs.getLong(7), NanoUsd.toUsd(rs.getLong(8)), rs.getDouble(9), rs.getLong(10),
                NanoUsd.savedUsd(rs.getLong(11)), rs.getLong(12), rs.getLong(13), NanoUsd.savedUsd(rs.getLong(14)),
                rs.getLong(15), NanoUsd.savedUsd(rs.getLong(16)));
    }

    /** MODEL groups by the alias the client asked for; ts is epoch millis, so DAY is its UTC date. */
    private static String groupExpression(UsageGroupBy groupBy) {
        return switch (groupBy) {
            case KEY -> "key_name";
            case MODEL -> "alias";
            case PROVIDER -> "provider";
            case FEATURE -> "feature";
            case DAY -> "date(ts / 1000, 'unixepoch')";
            case ROUTE -> "route";
            case CACHE -> "cache";
        };
    }
}
