package dev.gantry.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.gantry.core.rag.IngestItem;
import dev.gantry.core.rag.IngestJob;
import dev.gantry.core.rag.IngestJobStore;
import dev.gantry.testkit.rag.IngestJobStoreContract;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteIngestJobStoreIT extends IngestJobStoreContract {
    @TempDir
    Path dataDir;
    SqliteDatabase db;

    @Override
    protected IngestJobStore openStore(Clock clock) {
        db = SqliteDatabase.open(dataDir);
        return new SqliteIngestJobStore(db, clock);
    }

    @Override
    protected IngestJobStore reopenStore(Clock clock) {
        db.close();
        return openStore(clock);
    }

    @Override
    protected void closeStore() {
        db.close();
    }

    @Test
    void should_record_a_hundred_thousand_items_in_one_job() {
        IngestJob job = store.create("docs", files(100_000));

        assertThat(store.get(job.id()).orElseThrow().total()).isEqualTo(100_000);
        assertThat(store.pending(job.id(), 99_998, 10)).extracting(IngestItem::seq, IngestItem::ref)
                .containsExactly(tuple(99_998, "/data/f99998.txt"),
                        tuple(99_999, "/data/f99999.txt"));
    }

    @Test
    void should_leave_no_item_rows_behind_when_a_collection_is_deleted() throws SQLException {
        store.create("docs", files(1_200));
        IngestJob kept = store.create("wiki", files(3));

        store.deleteForCollection("docs");

        assertThat(count("SELECT COUNT(*) FROM rag_job_items")).isEqualTo(3);
        assertThat(count("SELECT COUNT(*) FROM rag_jobs")).isEqualTo(1);
        assertThat(store.pending(kept.id(), 0, 10)).hasSize(3);
    }

    @Test
    void should_keep_the_counters_equal_to_the_item_states() throws SQLException {
        IngestJob job = store.create("docs", files(6));
        store.mark(job.id(), List.of(failed(job, 0, "bad"), settled(job, 1, IngestItem.State.SKIPPED)));
        store.mark(job.id(), List.of(settled(job, 0, IngestItem.State.DONE), settled(job, 2, IngestItem.State.DONE),
                settled(job, 1, IngestItem.State.PENDING)));

        IngestJob read = store.get(job.id()).orElseThrow();
        assertThat(read.done()).isEqualTo(itemsIn("DONE")).isEqualTo(2);
        assertThat(read.skipped()).isEqualTo(itemsIn("SKIPPED")).isZero();
        assertThat(read.failed()).isEqualTo(itemsIn("FAILED")).isZero();
    }

    private int itemsIn(String state) throws SQLException {
        return (int) count("SELECT COUNT(*) FROM rag_job_items WHERE state = '" + state + "'");
    }

    private long count(String sql) throws SQLException {
        return db.read(c -> {
            try (var st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }
}
