package dev.gantry.testkit.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.gantry.core.batch.BatchCounts;
import dev.gantry.core.batch.BatchJob;
import dev.gantry.core.batch.BatchRecord;
import dev.gantry.core.batch.BatchState;
import dev.gantry.core.batch.BatchStore;
import dev.gantry.core.batch.BatchStore.ResultLine;
import dev.gantry.core.error.ErrorKind;
import dev.gantry.core.error.GantryException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The contract every {@link BatchStore} adapter passes, through the port only, each test on fresh storage. */
public abstract class BatchStoreContract {
    private static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");
    private static final List<String> IDS = List.of("a", "b", "c");
    protected BatchStore store;

    /** A store over fresh, empty storage. */
    protected abstract BatchStore openStore();

    /** Closes the storage and opens it again, as a restarted process would. */
    protected abstract BatchStore reopenStore();

    protected abstract void closeStore();

    @BeforeEach
    void open() {
        store = openStore();
    }

    @AfterEach
    void close() {
        closeStore();
    }

    protected static BatchRecord batch(String id, Instant submitted) {
        return new BatchRecord(id, "bulk", "oai", "gpt-4o-mini", "batch_" + id, BatchState.VALIDATING,
                new BatchCounts(3, 0, 0), submitted, null, "team-a", "extract", false, null);
    }

    @Test
    void aBatchIsStoredAsGivenAndSurvivesAReopen() {
        BatchRecord b = batch("gb_1", T0);
        store.create(b, List.of("z-9", "a_1", "m"));
        assertThat(store.find("gb_1")).contains(b);
        store = reopenStore();
        assertThat(store.find("gb_1")).contains(b);
        assertThat(store.customIds("gb_1")).containsExactly("z-9", "a_1", "m");
        assertThat(store.find("gb_nope")).isEmpty();
    }

    @Test
    void anUpdateReplacesStateCountsFinishAndError() {
        store.create(batch("gb_1", T0), IDS);
        BatchRecord polled = batch("gb_1", T0).polled(new BatchJob("batch_gb_1", BatchState.FAILED, "failed",
                new BatchCounts(3, 1, 2), T0, T0.plusSeconds(5), "invalid_file: line 2"), T0.plusSeconds(9));
        store.update(polled);
        BatchRecord read = store.find("gb_1").orElseThrow();
        assertThat(read.state()).isEqualTo(BatchState.FAILED);
        assertThat(read.counts()).isEqualTo(new BatchCounts(3, 1, 2));
        assertThat(read.finishedAt()).isEqualTo(T0.plusSeconds(9));
        assertThat(read.error()).isEqualTo("invalid_file: line 2");
        assertThat(read.settled()).isFalse();
    }

    @Test
    void updatingAnUnknownBatchIsNotFound() {
        Throwable t = catchThrowable(() -> store.update(batch("gb_ghost", T0)));
        assertThat(t).isInstanceOf(GantryException.class);
        assertThat(((GantryException) t).kind()).isEqualTo(ErrorKind.NOT_FOUND);
    }

    @Test
    void unsettledListsOnlyBatchesWithoutStoredResultsOldestFirst() {
        store.create(batch("gb_new", T0.plusSeconds(60)), IDS);
        store.create(batch("gb_old", T0), IDS);
        store.create(batch("gb_done", T0.plusSeconds(30)), IDS);
        store.settle("gb_done", List.of(new ResultLine("a", "{\"custom_id\":\"a\"}")));
        assertThat(store.unsettled()).extracting(BatchRecord::id).containsExactly("gb_old", "gb_new");
    }

    @Test
    void settlingStoresTheLinesInOrderAndASecondSettleReplacesThem() {
        store.create(batch("gb_1", T0), IDS);
        assertThat(store.results("gb_1")).isEmpty();
        store.settle("gb_1", List.of(new ResultLine("b", "{\"n\":1}"), new ResultLine("a", "{\"n\":2}")));
        store.settle("gb_1", List.of(new ResultLine("b", "{\"n\":1}"), new ResultLine("a", "{\"n\":2}")));
        assertThat(store.results("gb_1")).containsExactly(new ResultLine("b", "{\"n\":1}"), new ResultLine("a", "{\"n\":2}"));
        assertThat(store.find("gb_1").orElseThrow().settled()).isTrue();
    }
}
