package dev.gantry.observe;

import static dev.gantry.observe.Records.record;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.core.usage.UsageGroupBy;
import dev.gantry.core.usage.UsageQuery;
import dev.gantry.core.usage.UsageRecord;
import dev.gantry.core.usage.UsageSummary;
import dev.gantry.store.sqlite.SqliteUsageStore;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The ledger against the real SQLite store: nothing recorded is lost across close and reopen. */
@Timeout(300)
class BatchingUsageLedgerIT {
    private static final int THREADS = 8;
    private static final int PER_THREAD = 2_500;

    @TempDir
    Path dataDir;

    @Test
    void should_keep_every_record_from_eight_threads_across_close_and_reopen() throws Exception {
        SqliteUsageStore store = SqliteUsageStore.open(dataDir);
        // a small queue, so that back-pressure is part of the run
        BatchingUsageLedger ledger = BatchingUsageLedger.builder(store).capacity(1024).build();
        List<Thread> producers = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int thread = t;
            producers.add(Thread.ofPlatform().start(() -> {
                for (int i = 0; i < PER_THREAD; i++) ledger.record(record("t" + thread + "-" + i));
            }));
        }
        for (Thread p : producers) p.join();

        ledger.close();
        store.close();

        try (SqliteUsageStore reopened = SqliteUsageStore.open(dataDir)) {
            UsageSummary total = reopened.summarize(UsageQuery.all(), UsageGroupBy.KEY).getFirst();
            assertThat(total.requests()).isEqualTo(20_000);
            assertThat(total.inputTokens()).isEqualTo(200_000);
            assertThat(total.outputTokens()).isEqualTo(100_000);
            assertThat(total.costUsd()).isEqualTo(new BigDecimal("0.024680000"));
            List<UsageRecord> rows = reopened.find(unlimited());
            assertThat(rows).extracting(UsageRecord::requestId).doesNotHaveDuplicates().hasSize(20_000);
        }
    }

    @Test
    void should_make_records_visible_to_readers_once_flush_returns() {
        try (SqliteUsageStore store = SqliteUsageStore.open(dataDir);
             BatchingUsageLedger ledger = BatchingUsageLedger.builder(store)
                     .maxDelay(java.time.Duration.ofHours(1)).build()) {
            ledger.record(record("visible"));

            ledger.flush();

            assertThat(store.find(UsageQuery.all())).extracting(UsageRecord::requestId).containsExactly("visible");
        }
    }

    private static UsageQuery unlimited() {
        return new UsageQuery(null, null, null, null, null, null, null, 0);
    }
}
