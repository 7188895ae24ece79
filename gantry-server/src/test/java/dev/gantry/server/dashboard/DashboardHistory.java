package dev.gantry.server.dashboard;

import dev.gantry.core.usage.UsageRecord;
import dev.gantry.store.sqlite.SqliteUsageStore;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Test data only: ledger rows over the 23 hours before the last one, written straight to the server's SQLite file,
 * so the browser test's charts have a day's shape next to the live traffic of the last hour.
 */
final class DashboardHistory {
    static final int ROWS = 1_500;

    private DashboardHistory() {
    }

    static void seed(Path dataDir, Instant now) {
        Random random = new Random(7);
        Instant start = now.minus(Duration.ofHours(24));
        long span = Duration.ofHours(23).toMillis();
        List<UsageRecord> rows = new ArrayList<>();
        for (int i = 0; i < ROWS; i++) rows.add(row(i, start.plusMillis((long) (random.nextDouble() * span)), random));
        try (SqliteUsageStore store = SqliteUsageStore.open(dataDir)) {
            store.writeBatch(rows);
        }
    }

    private static UsageRecord row(int i, Instant at, Random random) {
        boolean bob = random.nextInt(3) == 0;
        boolean failed = random.nextInt(40) == 0;
        boolean fellBack = !failed && random.nextInt(25) == 0;
        String provider = fellBack ? "ant" : bob ? "gem" : "oai";
        String model = fellBack ? "fake-claude" : bob ? "fake-gemini" : "fake-model";
        long in = 200 + random.nextInt(1800);
        long out = failed ? 0 : 50 + random.nextInt(600);
        long latency = 150 + (long) (Math.abs(random.nextGaussian()) * 400) + (fellBack ? 900 : 0);
        String route = fellBack ? "oai/fake-model!rate_limited > ant/fake-claude" : provider + "/" + model + (failed ? "!upstream_error" : "");
        BigDecimal cost = failed ? BigDecimal.ZERO : BigDecimal.valueOf(in + 2 * out, 6);
        return new UsageRecord("req-history-" + i, at, bob ? "bob" : "alice", fellBack ? "flaky" : bob ? "gem" : "chat",
                provider, model, "/v1/chat/completions", random.nextInt(4) == 0, failed ? 0 : in, out, 0, 0, 0, cost, latency,
                -1, failed ? 502 : 200, failed ? "upstream_error" : null, fellBack ? 2 : 1, route, bob ? "support" : "search",
                300 + random.nextInt(900));
    }
}
