package dev.gantry.observe;

import static dev.gantry.observe.Records.ids;
import static dev.gantry.observe.Records.record;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gantry.core.usage.UsageRecord;
import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Guarded by a generous timeout so that a ledger that never writes fails instead of hanging the build. */
@Timeout(120)
class BatchingUsageLedgerTest {
    private static final Duration FOREVER = Duration.ofHours(1);
    private BatchingUsageLedger ledger;

    @AfterEach
    void closeLedger() {
        if (ledger != null) ledger.close();
    }

    @Test
    void should_have_written_everything_recorded_before_flush_when_it_returns() {
        ScriptedUsageStore store = new ScriptedUsageStore();
        ledger = BatchingUsageLedger.builder(store).maxDelay(FOREVER).build();
        ids("r", 10).forEach(id -> ledger.record(record(id)));

        ledger.flush();

        assertThat(store.writtenIds()).containsExactlyElementsOf(ids("r", 10));
        assertThat(ledger.pending()).isZero();
        assertThat(ledger.written()).isEqualTo(10);
    }

    @Test
    void should_return_from_flush_at_once_when_nothing_was_recorded() {
        ScriptedUsageStore store = new ScriptedUsageStore();
        ledger = BatchingUsageLedger.builder(store).maxDelay(FOREVER).build();

        ledger.flush();

        assertThat(store.batchSizes()).isEmpty();
    }

    @Test
    void should_write_full_batches_of_at_most_max_batch_records() {
        ScriptedUsageStore store = new ScriptedUsageStore();
        ledger = BatchingUsageLedger.builder(store).maxBatch(3).maxDelay(FOREVER).build();
        ids("r", 9).forEach(id -> ledger.record(record(id)));

        ledger.flush();

        assertThat(store.batchSizes()).allSatisfy(size -> assertThat(size).isBetween(1, 3));
        assertThat(store.writtenIds()).containsExactlyElementsOf(ids("r", 9));
    }

    @Test
    void should_write_a_partial_batch_once_max_delay_has_passed() {
        ScriptedUsageStore store = new ScriptedUsageStore();
        ledger = BatchingUsageLedger.builder(store).maxBatch(512).maxDelay(Duration.ofMillis(1)).build();

        ledger.record(record("lonely"));

        awaitTrue(() -> store.writtenIds().contains("lonely"));
        assertThat(store.batchSizes()).containsExactly(1);
    }

    @Test
    void should_keep_the_batch_and_retry_until_the_store_recovers() {
        ScriptedUsageStore store = new ScriptedUsageStore().failNext(3);
        ledger = BatchingUsageLedger.builder(store).maxDelay(FOREVER)
                .retryBackoff(Duration.ofMillis(1), Duration.ofMillis(4)).build();
        ids("r", 100).forEach(id -> ledger.record(record(id)));

        ledger.flush();

        assertThat(store.writtenIds()).containsExactlyElementsOf(ids("r", 100));
        assertThat(ledger.failedWrites()).isEqualTo(3);
    }

    @Test
    void should_make_record_wait_for_space_when_the_queue_is_full_instead_of_dropping() throws Exception {
        ScriptedUsageStore store = new ScriptedUsageStore().holdWritesAtGate();
        ledger = BatchingUsageLedger.builder(store).capacity(4).maxBatch(2).maxDelay(FOREVER).build();
        ledger.record(record("r0"));
        ledger.record(record("r1"));
        store.awaitFirstWrite(); // the writer holds r0, r1 at the gate
        ids("q", 4).forEach(id -> ledger.record(record(id))); // fills the queue

        Thread late = Thread.ofPlatform().start(() -> ledger.record(record("late")));
        awaitTrue(() -> ledger.backPressureWaits() == 1);

        assertThat(late.isAlive()).isTrue();
        assertThat(store.writtenIds()).isEmpty();
        store.openGate();
        late.join();
        ledger.close();
        assertThat(store.writtenIds()).containsExactly("r0", "r1", "q0", "q1", "q2", "q3", "late");
    }

    @Test
    void should_drain_everything_on_close_and_leave_the_store_open() {
        ScriptedUsageStore store = new ScriptedUsageStore();
        ledger = BatchingUsageLedger.builder(store).maxBatch(64).maxDelay(FOREVER).build();
        ids("r", 1000).forEach(id -> ledger.record(record(id)));

        ledger.close();

        assertThat(store.writtenIds()).containsExactlyElementsOf(ids("r", 1000));
        assertThat(store.closed()).isFalse();
    }

    @Test
    void should_reject_a_record_after_close() {
        ledger = BatchingUsageLedger.start(new ScriptedUsageStore());
        ledger.close();

        assertThatThrownBy(() -> ledger.record(record("too-late")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("usage ledger is closed");
    }

    @Test
    void should_allow_close_twice() {
        ledger = BatchingUsageLedger.start(new ScriptedUsageStore());
        ledger.record(record("r"));

        ledger.close();
        ledger.close();

        assertThat(ledger.written()).isEqualTo(1);
    }

    @Test
    void should_drop_only_the_record_the_store_refuses_as_invalid() {
        ScriptedUsageStore store = new ScriptedUsageStore().refuse("bad");
        ledger = BatchingUsageLedger.builder(store).maxDelay(FOREVER).build();
        List.of("a", "bad", "b").forEach(id -> ledger.record(record(id)));

        ledger.flush();

        assertThat(store.writtenIds()).containsExactly("a", "b");
        assertThat(ledger.rejected()).isEqualTo(1);
        assertThat(ledger.written()).isEqualTo(2);
    }

    @Test
    void should_reject_a_record_without_request_id_on_the_callers_thread() {
        ledger = BatchingUsageLedger.start(new ScriptedUsageStore());
        UsageRecord noId = new UsageRecord(null, Records.T0, null, null, null, null, null, false, 0, 0, 0, 0, 0,
                null, 0, -1, 200, null, 1, null, null);

        assertThatThrownBy(() -> ledger.record(noId))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("lacks a requestId or timestamp");
    }

    @Test
    void should_give_up_waiting_on_close_when_the_store_stays_down_and_report_pending() {
        ScriptedUsageStore store = new ScriptedUsageStore().failNext(Integer.MAX_VALUE);
        ledger = BatchingUsageLedger.builder(store).retryBackoff(Duration.ofMillis(1), Duration.ofMillis(1))
                .closeTimeout(Duration.ZERO).build();
        ids("r", 5).forEach(id -> ledger.record(record(id)));

        ledger.close();

        assertThat(ledger.pending()).isEqualTo(5);
        assertThat(store.writtenIds()).isEmpty();
        store.recover(); // lets the writer, still retrying in the background, finish
    }

    @Test
    void should_reject_a_capacity_below_one_naming_the_default() {
        assertThatThrownBy(() -> BatchingUsageLedger.builder(new ScriptedUsageStore()).capacity(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("usage ledger capacity 0 is not positive; use at least 1 (default 65536)");
    }

    /** Polls a condition another thread makes true; the class timeout bounds it. */
    private static void awaitTrue(BooleanSupplier condition) {
        while (!condition.getAsBoolean()) {
            Thread.onSpinWait();
            Thread.yield();
        }
    }
}
