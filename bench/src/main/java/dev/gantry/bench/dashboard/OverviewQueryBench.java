package dev.gantry.bench.dashboard;

import dev.gantry.core.usage.UsageGroupBy;
import dev.gantry.core.usage.UsageQuery;
import dev.gantry.core.usage.UsageRecord;
import dev.gantry.store.sqlite.SqliteUsageStore;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Times the dashboard overview's reads on a SQLite ledger of N rows: the bucketed series, the same over the whole
 * range (one bucket), and this month's days for cost today / this month, as DashboardOverview issues them.
 * Usage: OverviewQueryBench [rows=200000] [spread-days=30] [runs=20]
 */
public final class OverviewQueryBench {
    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
        int spreadDays = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        Path dir = Files.createTempDirectory("gantry-overview-bench");
        Instant now = Instant.now();
        try (SqliteUsageStore store = SqliteUsageStore.open(dir)) {
            long t0 = System.nanoTime();
            fill(store, rows, spreadDays, now);
            System.out.printf(Locale.ROOT, "wrote %,d rows over %d days in %.1f s%n", rows, spreadDays, (System.nanoTime() - t0) / 1e9);
            for (String range : List.of("1h", "24h", "7d", "30d")) time(store, range, now, runs);
        }
    }

    private static void fill(SqliteUsageStore store, int rows, int spreadDays, Instant now) {
        Random random = new Random(42);
        long span = Duration.ofDays(spreadDays).toMillis();
        List<UsageRecord> batch = new ArrayList<>(5_000);
        for (int i = 0; i < rows; i++) {
            Instant at = now.minusMillis((long) (random.nextDouble() * span));
            boolean failed = random.nextInt(50) == 0;
            batch.add(new UsageRecord("req-" + i, at, "key-" + random.nextInt(20), "model-" + random.nextInt(5),
                    "provider-" + random.nextInt(3), "m", "/v1/chat/completions", random.nextBoolean(), 500, 200, 0, 0, 0,
                    BigDecimal.valueOf(random.nextInt(10_000), 7), 100 + random.nextInt(2_000), -1, failed ? 502 : 200,
                    failed ? "upstream_error" : null, 1, "provider-0/m", "feature-" + random.nextInt(4), 200 + random.nextInt(2_000)));
            if (batch.size() == 5_000) {
                store.writeBatch(batch);
                batch.clear();
            }
        }
        store.writeBatch(batch);
    }

    private static void time(SqliteUsageStore store, String range, Instant now, int runs) {
        Duration length = switch (range) {
            case "1h" -> Duration.ofHours(1);
            case "24h" -> Duration.ofHours(24);
            case "7d" -> Duration.ofDays(7);
            default -> Duration.ofDays(30);
        };
        Duration bucket = switch (range) {
            case "1h" -> Duration.ofMinutes(1);
            case "24h" -> Duration.ofMinutes(15);
            case "7d" -> Duration.ofHours(2);
            default -> Duration.ofHours(12);
        };
        UsageQuery q = new UsageQuery(now.minus(length), now, null, null, null, null, null, 0);
        Instant month = now.atZone(ZoneOffset.UTC).toLocalDate().withDayOfMonth(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        UsageQuery monthQuery = new UsageQuery(month, null, null, null, null, null, null, 0);
        double[] ms = new double[runs];
        long matched = 0;
        for (int i = -3; i < runs; i++) {
            long t = System.nanoTime();
            store.series(q, bucket);
            matched = store.series(q, length).getFirst().requests();
            store.summarize(monthQuery, UsageGroupBy.DAY);
            if (i >= 0) ms[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        System.out.printf(Locale.ROOT, "overview %-3s (%,d rows in range): median %.0f ms, p95 %.0f ms, max %.0f ms over %d runs%n",
                range, matched, ms[runs / 2], ms[(int) Math.ceil(runs * 0.95) - 1], ms[runs - 1], runs);
    }
}
