package dev.gantry.store.sqlite.internal;

import dev.gantry.core.usage.Percentiles;
import dev.gantry.core.usage.UsageBucket;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The overview's time series in three queries over the same rows: totals per bucket, then nearest-rank latency
 * and overhead percentiles per bucket with window functions, so SQLite sorts (spilling to disk if it must) and
 * the JVM never holds the rows.
 */
public final class UsageSeries {
    private static final String TOTALS = "COUNT(*), SUM(CASE WHEN status >= 400 THEN 1 ELSE 0 END), "
            + "SUM(input_tokens), SUM(output_tokens), SUM(cost_nano_usd)";
    private final Instant from;
    private final Instant to;
    private final long bucketMillis;
    private final UsageFilter filter;

    public UsageSeries(Instant from, Instant to, Duration bucket, UsageFilter filter) {
        this.from = from;
        this.to = to;
        this.bucketMillis = bucket.toMillis();
        this.filter = filter;
    }

    public List<UsageBucket> read(Connection c) throws SQLException {
        Map<Long, UsageBucket> byIndex = totals(c);
        Map<Long, Percentiles> latency = percentiles(c, "latency_ms", filter);
        Map<Long, Percentiles> overhead = percentiles(c, "overhead_us", filter.and(List.of("overhead_us >= 0")));
        List<UsageBucket> out = new ArrayList<>();
        for (long i = 0; start(i).isBefore(to); i++) {
            UsageBucket b = byIndex.getOrDefault(i, UsageBucket.empty(start(i), end(i)));
            out.add(new UsageBucket(b.start(), b.end(), b.requests(), b.failures(), b.inputTokens(), b.outputTokens(),
                    b.costUsd(), latency.getOrDefault(i, Percentiles.NONE), overhead.getOrDefault(i, Percentiles.NONE)));
        }
        return out;
    }

    private Instant start(long index) {
        return from.plusMillis(index * bucketMillis);
    }

    private Instant end(long index) {
        Instant end = start(index + 1);
        return end.isAfter(to) ? to : end;
    }

    private String bucketColumn() {
        return "(ts - " + from.toEpochMilli() + ") / " + bucketMillis + " AS b";
    }

    private Map<Long, UsageBucket> totals(Connection c) throws SQLException {
        String sql = "SELECT " + bucketColumn() + ", " + TOTALS + " FROM usage" + filter.where() + " GROUP BY b";
        Map<Long, UsageBucket> out = new HashMap<>();
        query(c, sql, filter, rs -> {
            long i = rs.getLong(1);
            out.put(i, new UsageBucket(start(i), end(i), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
                    NanoUsd.toUsd(rs.getLong(6)), Percentiles.NONE, Percentiles.NONE));
        });
        return out;
    }

    /** Nearest rank: the p-th percentile is the smallest value whose rank is at least p * n. */
    private Map<Long, Percentiles> percentiles(Connection c, String column, UsageFilter rows) throws SQLException {
        String sql = "WITH picked AS (SELECT " + bucketColumn() + ", " + column + " AS v FROM usage" + rows.where() + "), "
                + "ranked AS (SELECT b, v, ROW_NUMBER() OVER (PARTITION BY b ORDER BY v) AS rn, "
                + "COUNT(*) OVER (PARTITION BY b) AS n FROM picked) "
                + "SELECT b, MIN(CASE WHEN rn >= 0.50 * n THEN v END), MIN(CASE WHEN rn >= 0.95 * n THEN v END), "
                + "MIN(CASE WHEN rn >= 0.99 * n THEN v END) FROM ranked GROUP BY b";
        Map<Long, Percentiles> out = new HashMap<>();
        query(c, sql, rows, rs -> out.put(rs.getLong(1), new Percentiles(rs.getLong(2), rs.getLong(3), rs.getLong(4))));
        return out;
    }

    private static void query(Connection c, String sql, UsageFilter f, RowSink sink) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            f.bind(ps, 1);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) sink.accept(rs);
            }
        }
    }

    @FunctionalInterface
    private interface RowSink {
        void accept(ResultSet rs) throws SQLException;
    }
}
