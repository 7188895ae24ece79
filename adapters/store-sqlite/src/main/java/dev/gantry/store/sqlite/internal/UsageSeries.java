package dev.gantry.store.sqlite.internal;

import dev.gantry.core.usage.UsageBucket;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The overview's time series in one pass over the rows in range: totals per bucket, and nearest-rank latency and
 * overhead percentiles per bucket from a {@link Reservoir} (exact up to {@link #SAMPLE_BUDGET} values spread over the
 * buckets, a uniform sample beyond). One scan replaced seven aggregate and window-function queries: measured in
 * docs/benchmarks.md.
 */
public final class UsageSeries {
    /** Values held per measure across all buckets: 2 measures x 2,000,000 longs = 32 MB at most. */
    public static final int SAMPLE_BUDGET = 2_000_000;
    private static final int MIN_PER_BUCKET = 10_000;
    private static final String COLUMNS = "ts, status, input_tokens, output_tokens, cost_nano_usd, latency_ms, overhead_us";
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
        List<Accumulator> buckets = buckets();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM usage" + filter.where())) {
            filter.bind(ps, 1);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) buckets.get((int) ((rs.getLong(1) - from.toEpochMilli()) / bucketMillis)).add(rs);
            }
        }
        return buckets.stream().map(Accumulator::bucket).toList();
    }

    private List<Accumulator> buckets() {
        long span = to.toEpochMilli() - from.toEpochMilli();
        int count = (int) ((span + bucketMillis - 1) / bucketMillis);
        int perBucket = Math.max(MIN_PER_BUCKET, SAMPLE_BUDGET / count);
        List<Accumulator> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) out.add(new Accumulator(start(i), end(i), perBucket));
        return out;
    }

    private Instant start(long index) {
        return from.plusMillis(index * bucketMillis);
    }

    private Instant end(long index) {
        Instant end = start(index + 1);
        return end.isAfter(to) ? to : end;
    }

    /** One bucket's running totals; overhead counts only rows that recorded it (overhead_us >= 0). */
    private static final class Accumulator {
        final Instant start;
        final Instant end;
        final Reservoir latency;
        final Reservoir overhead;
        long requests;
        long failures;
        long inputTokens;
        long outputTokens;
        long costNanos;

        Accumulator(Instant start, Instant end, int capacity) {
            this.start = start;
            this.end = end;
            this.latency = new Reservoir(capacity, start.toEpochMilli());
            this.overhead = new Reservoir(capacity, ~start.toEpochMilli());
        }

        void add(ResultSet rs) throws SQLException {
            requests++;
            if (rs.getInt(2) >= 400) failures++;
            inputTokens += rs.getLong(3);
            outputTokens += rs.getLong(4);
            costNanos += rs.getLong(5);
            latency.add(rs.getLong(6));
            long overheadMicros = rs.getLong(7);
            if (overheadMicros >= 0) overhead.add(overheadMicros);
        }

        UsageBucket bucket() {
            return new UsageBucket(start, end, requests, failures, inputTokens, outputTokens, NanoUsd.toUsd(costNanos),
                    latency.percentiles(), overhead.percentiles());
        }
    }
}
