package dev.gantry.bench.alerts;

import dev.gantry.alerts.AlertEngine;
import dev.gantry.alerts.AlertEvaluator;
import dev.gantry.alerts.AlertMetrics;
import dev.gantry.alerts.DeliveryPolicy;
import dev.gantry.alerts.NotificationDispatcher;
import dev.gantry.alerts.eval.CostAnomalyEvaluator;
import dev.gantry.alerts.eval.ErrorRateEvaluator;
import dev.gantry.alerts.eval.LatencyEvaluator;
import dev.gantry.alerts.eval.RuleEvaluator;
import dev.gantry.alerts.eval.Sample;
import dev.gantry.alerts.rule.CostAnomalyRule;
import dev.gantry.alerts.rule.ErrorRateRule;
import dev.gantry.alerts.rule.LatencyRule;
import dev.gantry.core.alert.AlertEvent;
import dev.gantry.core.alert.AlertHistory;
import dev.gantry.core.usage.UsageRecord;
import dev.gantry.store.sqlite.SqliteDatabase;
import dev.gantry.store.sqlite.SqliteUsageStore;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * What alert evaluation costs, and what the ledger-query alternative would: (1) the request thread's share,
 * {@link AlertEngine#record}, from 8 threads; (2) one evaluation of an error-rate, a latency and a cost-anomaly rule
 * over full windows (1,000 requests/s for 5 minutes, 24 h of cost slots); (3) the same error rate and p95 read from
 * SQLite over the same 300,000 usage rows.
 */
public final class AlertsCost {
    private static final int RATE = 1_000;
    private static final int SECONDS = 300;

    public static void main(String[] args) throws Exception {
        recordCost();
        evaluationCost();
        ledgerQueryCost();
    }

    private static List<RuleEvaluator> rules(Instant start) {
        return List.of(new ErrorRateEvaluator(new ErrorRateRule("errors", "chat", 5, Duration.ofMinutes(5), 20, List.of()), start),
                new LatencyEvaluator(new LatencyRule("latency", "chat", 95, Duration.ofSeconds(2), Duration.ofMinutes(5), 20, List.of()), start),
                new CostAnomalyEvaluator(new CostAnomalyRule("spend", null, Duration.ofHours(1), Duration.ofHours(24), 3, BigDecimal.ONE, List.of()), null, start));
    }

    private static UsageRecord usage(Instant at, int i) {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return new UsageRecord("req-" + i, at, "team-a", "chat", "oai", "gpt", "chat", false, 100, 50, 0, 0, 0,
                new BigDecimal("0.000123"), 200 + r.nextInt(2_000), -1, r.nextInt(100) < 3 ? 502 : 200, null, 1, "oai/gpt", null);
    }

    private static void recordCost() throws InterruptedException {
        AlertHistory none = new AlertHistory() {
            public void append(AlertEvent e) { }
            public List<AlertEvent> latest(int limit) { return List.of(); }
            public List<AlertEvent> lastOfEachSubject() { return List.of(); }
        };
        Instant start = Instant.now();
        try (AlertEngine engine = AlertEngine.start(new AlertEvaluator(rules(start), Duration.ZERO, start), none,
                new NotificationDispatcher(List.of(), DeliveryPolicy.DEFAULT, AlertMetrics.NONE), AlertMetrics.NONE,
                Duration.ofSeconds(1), Clock.systemUTC())) {
            int perThread = 2_000_000;
            for (int round = 0; round < 3; round++) {
                List<Thread> threads = new ArrayList<>();
                long t0 = System.nanoTime();
                for (int t = 0; t < 8; t++) {
                    threads.add(Thread.ofPlatform().start(() -> {
                        UsageRecord u = usage(Instant.now(), 0);
                        for (int i = 0; i < perThread; i++) engine.record(u);
                    }));
                }
                for (Thread t : threads) t.join();
                double ns = (System.nanoTime() - t0) / (double) (8L * perThread) * 8;
                System.out.printf("record(): %.0f ns per call per thread (8 threads, round %d; drops counted, not waited for)%n", ns, round);
            }
        }
    }

    private static void evaluationCost() {
        Instant start = Instant.parse("2026-12-01T00:00:00Z");
        AlertEvaluator eval = new AlertEvaluator(rules(start), Duration.ZERO, start);
        Instant now = start.plus(Duration.ofDays(1));
        long t0 = System.nanoTime();
        int n = 0;
        for (long s = 0; s < 86_400; s += 60) eval.record(Sample.of(usage(start.plusSeconds(s), n++))); // a day of cost slots
        for (int s = 0; s < SECONDS; s++) {
            for (int i = 0; i < RATE; i++) eval.record(Sample.of(usage(now.minusSeconds(SECONDS - s), n++)));
        }
        System.out.printf("record into windows: %.0f ns per sample (one thread)%n", (System.nanoTime() - t0) / (double) n);
        for (int i = 0; i < 200; i++) eval.evaluate(now);
        long t1 = System.nanoTime();
        for (int i = 0; i < 1_000; i++) eval.evaluate(now.plusMillis(i));
        System.out.printf("evaluate 3 rules over full windows: %.1f us per evaluation%n", (System.nanoTime() - t1) / 1_000 / 1_000.0);
    }

    private static void ledgerQueryCost() throws Exception {
        Path dir = Files.createTempDirectory("alerts-cost");
        try (SqliteDatabase db = SqliteDatabase.open(dir)) {
            SqliteUsageStore store = new SqliteUsageStore(db);
            Instant now = Instant.parse("2026-12-01T12:00:00Z");
            List<UsageRecord> batch = new ArrayList<>();
            int n = 0;
            for (int s = 0; s < SECONDS; s++) {
                for (int i = 0; i < RATE; i++) batch.add(usage(now.minusSeconds(SECONDS - s), n++));
                if (batch.size() >= 10_000) {
                    store.writeBatch(batch);
                    batch.clear();
                }
            }
            store.writeBatch(batch);
            long from = now.minusSeconds(SECONDS).toEpochMilli();
            time(db, "error rate over 5 min from SQLite", "SELECT COUNT(*), SUM(status >= 500) FROM usage WHERE alias = ? AND ts >= ?", from, -1);
            time(db, "p95 latency over 5 min from SQLite", "SELECT latency_ms FROM usage WHERE alias = ? AND ts >= ? AND status < 400 "
                    + "ORDER BY latency_ms LIMIT 1 OFFSET ?", from, (int) (RATE * SECONDS * 0.97 * 0.95));
        }
    }

    private static void time(SqliteDatabase db, String what, String sql, long from, int offset) throws Exception {
        for (int round = 0; round < 5; round++) {
            long t0 = System.nanoTime();
            db.read(c -> {
                try (PreparedStatement ps = c.prepareStatement(sql)) {
                    ps.setString(1, "chat");
                    ps.setLong(2, from);
                    if (offset >= 0) ps.setInt(3, offset);
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        return rs.getLong(1);
                    }
                }
            });
            System.out.printf("%s: %.1f ms (round %d)%n", what, (System.nanoTime() - t0) / 1e6, round);
        }
    }
}
