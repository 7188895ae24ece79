package dev.gantry.testkit.rag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import dev.gantry.core.error.ErrorKind;
import dev.gantry.core.error.GantryException;
import dev.gantry.core.rag.IngestItem;
import dev.gantry.core.rag.IngestItem.State;
import dev.gantry.core.rag.IngestJob;
import dev.gantry.core.rag.IngestJob.Status;
import dev.gantry.core.rag.IngestJobStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link IngestJobStore} adapter passes, through the port only. Each test gets fresh, empty
 * storage and a {@link TestClock} the store stamps its times from, so times are checked exactly.
 */
public abstract class IngestJobStoreContract {
    protected static final Instant T0 = Instant.parse("2025-03-10T12:00:00.123Z");

    protected final TestClock clock = new TestClock(T0);
    protected IngestJobStore store;

    /** A store over fresh, empty storage that stamps times from {@code clock}. */
    protected abstract IngestJobStore openStore(Clock clock);

    /** Closes the storage behind {@link #store} and opens it again with {@code clock}, as a restarted process would. */
    protected abstract IngestJobStore reopenStore(Clock clock);

    /** Releases the storage; called after each test. */
    protected abstract void closeStore();

    @BeforeEach
    protected void openFreshStore() {
        store = openStore(clock);
    }

    @AfterEach
    protected void closeStoreAfterTest() {
        closeStore();
    }

    @Test
    protected void should_create_a_queued_job_stamped_with_the_clock() {
        IngestJob job = store.create("docs", files(3));

        assertThat(UUID.fromString(job.id())).isNotNull();
        assertThat(job).isEqualTo(new IngestJob(job.id(), "docs", Status.QUEUED, 3, 0, 0, 0, T0, T0));
        assertThat(store.get(job.id())).contains(job);
    }

    @Test
    protected void should_number_items_from_zero_and_keep_every_field() {
        String payload = "{\"id\":\"faq-1\",\"text\":\"How do I reset my password?\",\"metadata\":{\"lang\":\"en\"}}";
        List<IngestItem> given = List.of(IngestItem.file("/data/guide.pdf"),
                IngestItem.jsonlLine("/data/corpus.jsonl", 42), IngestItem.inline(payload));

        IngestJob job = store.create("docs", given);

        assertThat(store.pending(job.id(), 0, 10)).containsExactly(
                new IngestItem(job.id(), 0, IngestItem.Kind.FILE, "/data/guide.pdf", 0, null, State.PENDING, null),
                new IngestItem(job.id(), 1, IngestItem.Kind.JSONL_LINE, "/data/corpus.jsonl", 42, null,
                        State.PENDING, null),
                new IngestItem(job.id(), 2, IngestItem.Kind.INLINE, null, 0, payload, State.PENDING, null));
    }

    @Test
    protected void should_give_every_job_its_own_id() {
        IngestJob first = store.create("docs", files(1));
        IngestJob second = store.create("docs", files(1));

        assertThat(first.id()).isNotEqualTo(second.id());
        assertThat(store.pending(second.id(), 0, 10)).extracting(IngestItem::jobId).containsExactly(second.id());
    }

    @Test
    protected void should_accept_a_job_without_items() {
        IngestJob job = store.create("docs", List.of());

        assertThat(job.total()).isZero();
        assertThat(store.pending(job.id(), 0, 10)).isEmpty();
    }

    @Test
    protected void should_keep_a_large_inline_payload_intact() {
        String payload = "{\"id\":\"big\",\"text\":\"" + "lorem ipsum é 漢字 ".repeat(200_000) + "\"}";

        IngestJob job = store.create("docs", List.of(IngestItem.inline(payload)));

        assertThat(store.pending(job.id(), 0, 1).getFirst().payload()).isEqualTo(payload);
    }

    @Test
    protected void should_count_done_skipped_and_failed_items_after_marks() {
        IngestJob job = store.create("docs", files(5));

        store.mark(job.id(), List.of(settled(job, 0, State.DONE), settled(job, 1, State.SKIPPED)));
        store.mark(job.id(), List.of(failed(job, 2, "/data/f2.txt: not valid UTF-8")));

        assertThat(store.get(job.id()).orElseThrow())
                .extracting(IngestJob::total, IngestJob::done, IngestJob::skipped, IngestJob::failed)
                .containsExactly(5, 1, 1, 1);
        assertThat(store.pending(job.id(), 0, 10)).extracting(IngestItem::seq).containsExactly(3, 4);
    }

    @Test
    protected void should_list_failed_items_with_their_errors_in_order() {
        IngestJob job = store.create("docs", files(4));

        store.mark(job.id(), List.of(failed(job, 3, "/data/f3.txt: empty file"), settled(job, 0, State.DONE),
                failed(job, 1, "/data/f1.txt: corrupt PDF")));

        List<IngestItem> failures = store.failures(job.id(), 10);
        assertThat(failures).extracting(IngestItem::seq, IngestItem::state, IngestItem::error).containsExactly(
                tuple(1, State.FAILED, "/data/f1.txt: corrupt PDF"),
                tuple(3, State.FAILED, "/data/f3.txt: empty file"));
        assertThat(failures.getFirst().ref()).isEqualTo("/data/f1.txt");
        assertThat(store.failures(job.id(), 1)).hasSize(1);
    }

    @Test
    protected void should_count_an_item_marked_again_once_in_its_latest_state() {
        IngestJob job = store.create("docs", files(3));

        store.mark(job.id(), List.of(failed(job, 0, "upstream timeout"), settled(job, 1, State.DONE)));
        store.mark(job.id(), List.of(settled(job, 0, State.DONE), settled(job, 1, State.DONE)));

        assertThat(store.get(job.id()).orElseThrow())
                .extracting(IngestJob::done, IngestJob::skipped, IngestJob::failed).containsExactly(2, 0, 0);
        assertThat(store.failures(job.id(), 10)).isEmpty();
    }

    @Test
    protected void should_stamp_updated_at_when_items_are_marked() {
        IngestJob job = store.create("docs", files(2));
        clock.advance(Duration.ofSeconds(3));

        store.mark(job.id(), List.of(settled(job, 0, State.DONE)));

        IngestJob read = store.get(job.id()).orElseThrow();
        assertThat(read.createdAt()).isEqualTo(T0);
        assertThat(read.updatedAt()).isEqualTo(T0.plusSeconds(3));
    }

    @Test
    protected void should_page_pending_items_by_seq() {
        IngestJob job = store.create("docs", files(10));

        assertThat(seqs(store.pending(job.id(), 0, 4))).containsExactly(0, 1, 2, 3);
        assertThat(seqs(store.pending(job.id(), 4, 4))).containsExactly(4, 5, 6, 7);
        assertThat(seqs(store.pending(job.id(), 8, 4))).containsExactly(8, 9);
        assertThat(store.pending(job.id(), 10, 4)).isEmpty();
    }

    @Test
    protected void should_skip_settled_items_when_paging() {
        IngestJob job = store.create("docs", files(10));

        store.mark(job.id(), List.of(settled(job, 0, State.DONE), settled(job, 5, State.SKIPPED),
                failed(job, 6, "bad")));

        assertThat(seqs(store.pending(job.id(), 0, 4))).containsExactly(1, 2, 3, 4);
        assertThat(seqs(store.pending(job.id(), 5, 4))).containsExactly(7, 8, 9);
    }

    @Test
    protected void should_set_the_status_and_stamp_updated_at() {
        IngestJob job = store.create("docs", files(1));
        clock.advance(Duration.ofMillis(1500));

        store.setStatus(job.id(), Status.RUNNING);

        assertThat(store.get(job.id()).orElseThrow())
                .extracting(IngestJob::status, IngestJob::createdAt, IngestJob::updatedAt)
                .containsExactly(Status.RUNNING, T0, T0.plusMillis(1500));
    }

    @Test
    protected void should_list_jobs_newest_first_by_collection_up_to_the_limit() {
        IngestJob a = store.create("docs", files(1));
        clock.advance(Duration.ofSeconds(1));
        IngestJob b = store.create("wiki", files(1));
        IngestJob c = store.create("docs", files(1)); // same instant as b: creation order decides
        clock.advance(Duration.ofSeconds(1));
        IngestJob d = store.create("docs", files(1));

        assertThat(ids(store.list(null, 10))).containsExactly(d.id(), c.id(), b.id(), a.id());
        assertThat(ids(store.list("docs", 10))).containsExactly(d.id(), c.id(), a.id());
        assertThat(ids(store.list("docs", 2))).containsExactly(d.id(), c.id());
        assertThat(store.list("notes", 10)).isEmpty();
    }

    @Test
    protected void should_list_queued_and_running_jobs_as_unfinished_oldest_first() {
        IngestJob queued = store.create("docs", files(1));
        clock.advance(Duration.ofSeconds(1));
        IngestJob running = withStatus(store.create("docs", files(1)), Status.RUNNING);
        withStatus(store.create("docs", files(1)), Status.SUCCEEDED);
        withStatus(store.create("docs", files(1)), Status.FAILED);
        withStatus(store.create("docs", files(1)), Status.CANCELLED);

        assertThat(ids(store.unfinished())).containsExactly(queued.id(), running.id());
    }

    @Test
    protected void should_delete_every_job_and_item_of_a_collection_only() {
        IngestJob docs1 = store.create("docs", files(3));
        IngestJob docs2 = store.create("docs", files(2));
        IngestJob wiki = store.create("wiki", files(2));
        store.mark(docs1.id(), List.of(failed(docs1, 0, "bad")));

        store.deleteForCollection("docs");

        assertThat(store.get(docs1.id())).isEmpty();
        assertThat(store.pending(docs2.id(), 0, 10)).isEmpty();
        assertThat(store.failures(docs1.id(), 10)).isEmpty();
        assertThat(store.list(null, 10)).extracting(IngestJob::id).containsExactly(wiki.id());
        assertThat(store.pending(wiki.id(), 0, 10)).hasSize(2);
        assertThat(ids(store.unfinished())).containsExactly(wiki.id());
    }

    @Test
    protected void should_keep_jobs_items_and_counters_after_reopening() {
        IngestJob job = store.create("docs", files(4));
        store.setStatus(job.id(), Status.RUNNING);
        store.mark(job.id(), List.of(settled(job, 0, State.DONE), failed(job, 2, "/data/f2.txt: corrupt")));

        store = reopenStore(clock);

        IngestJob read = store.get(job.id()).orElseThrow();
        assertThat(read).extracting(IngestJob::status, IngestJob::done, IngestJob::failed)
                .containsExactly(Status.RUNNING, 1, 1);
        assertThat(ids(store.unfinished())).containsExactly(job.id());
        assertThat(seqs(store.pending(job.id(), 0, 10))).containsExactly(1, 3);
        assertThat(store.failures(job.id(), 10)).extracting(IngestItem::error).containsExactly("/data/f2.txt: corrupt");
    }

    /**
     * Every thread marks its own share and, at the same time, its neighbour's share again: counters must come
     * out exact, with no increment lost and no item counted twice.
     */
    @Test
    protected void should_keep_counters_exact_when_threads_mark_at_once() throws Exception {
        int threads = 6;
        int share = 120;
        IngestJob job = store.create("docs", files(threads * share));

        runAtOnce(threads, t -> {
            markShare(job, t * share, share);
            markShare(job, ((t + 1) % threads) * share, share);
        });

        int total = threads * share;
        assertThat(store.get(job.id()).orElseThrow())
                .extracting(IngestJob::done, IngestJob::skipped, IngestJob::failed)
                .containsExactly(countOf(total, State.DONE), countOf(total, State.SKIPPED),
                        countOf(total, State.FAILED));
        assertThat(store.pending(job.id(), 0, 10)).isEmpty();
    }

    @Test
    protected void should_refuse_to_mark_an_item_the_job_does_not_have_and_mark_none() {
        IngestJob job = store.create("docs", files(3));

        GantryException e = failure(ErrorKind.INVALID_REQUEST,
                () -> store.mark(job.id(), List.of(settled(job, 0, State.DONE), settled(job, 7, State.DONE))));

        assertThat(e.getMessage()).contains(job.id(), "7");
        assertThat(store.get(job.id()).orElseThrow().done()).isZero();
        assertThat(seqs(store.pending(job.id(), 0, 10))).containsExactly(0, 1, 2);
    }

    @Test
    protected void should_report_an_unknown_job_as_not_found_when_marking_or_setting_status() {
        String unknown = UUID.randomUUID().toString();
        IngestItem item = new IngestItem(unknown, 0, IngestItem.Kind.FILE, "/data/a.txt", 0, null, State.DONE, null);

        assertThat(failure(ErrorKind.NOT_FOUND, () -> store.mark(unknown, List.of(item))).getMessage())
                .contains(unknown);
        assertThat(failure(ErrorKind.NOT_FOUND, () -> store.setStatus(unknown, Status.CANCELLED)).getMessage())
                .contains(unknown);
        assertThat(store.get(unknown)).isEmpty();
        assertThat(store.pending(unknown, 0, 10)).isEmpty();
    }

    @Test
    protected void should_reject_items_that_lack_what_their_kind_needs_and_record_no_job() {
        assertThat(failure(ErrorKind.INVALID_REQUEST,
                () -> store.create("docs", List.of(IngestItem.file("/data/a.txt"), IngestItem.file(" "))))
                .getMessage()).contains("1", "path");
        assertThat(failure(ErrorKind.INVALID_REQUEST,
                () -> store.create("docs", List.of(IngestItem.jsonlLine("/data/c.jsonl", 0))))
                .getMessage()).contains("/data/c.jsonl", "line");
        assertThat(failure(ErrorKind.INVALID_REQUEST,
                () -> store.create("docs", List.of(IngestItem.inline(null))))
                .getMessage()).contains("payload");
        assertThat(store.list(null, 10)).isEmpty();
    }

    @Test
    protected void should_reject_a_job_without_a_collection() {
        failure(ErrorKind.INVALID_REQUEST, () -> store.create(null, files(1)));

        assertThat(store.list(null, 10)).isEmpty();
    }

    protected static List<IngestItem> files(int count) {
        List<IngestItem> items = new ArrayList<>(count);
        for (int i = 0; i < count; i++) items.add(IngestItem.file("/data/f" + i + ".txt"));
        return items;
    }

    protected static IngestItem settled(IngestJob job, int seq, State state) {
        return new IngestItem(job.id(), seq, IngestItem.Kind.FILE, "/data/f" + seq + ".txt", 0, null, state, null);
    }

    protected static IngestItem failed(IngestJob job, int seq, String error) {
        return new IngestItem(job.id(), seq, IngestItem.Kind.FILE, "/data/f" + seq + ".txt", 0, null, State.FAILED,
                error);
    }

    private IngestJob withStatus(IngestJob job, Status status) {
        store.setStatus(job.id(), status);
        return job;
    }

    /** The state the concurrency test gives item {@code seq}: DONE, SKIPPED, FAILED in turn. */
    private static State stateFor(int seq) {
        return switch (seq % 3) {
            case 0 -> State.DONE;
            case 1 -> State.SKIPPED;
            default -> State.FAILED;
        };
    }

    private static int countOf(int total, State state) {
        int n = 0;
        for (int seq = 0; seq < total; seq++) if (stateFor(seq) == state) n++;
        return n;
    }

    /** Marks {@code count} items from {@code first} in batches of 10, as an ingest worker does. */
    private void markShare(IngestJob job, int first, int count) {
        for (int from = first; from < first + count; from += 10) {
            List<IngestItem> batch = new ArrayList<>();
            for (int seq = from; seq < Math.min(from + 10, first + count); seq++) {
                State state = stateFor(seq);
                batch.add(state == State.FAILED
                        ? failed(job, seq, "item " + seq + " failed")
                        : settled(job, seq, state));
            }
            store.mark(job.id(), batch);
        }
    }

    private static void runAtOnce(int threads, ThreadWork work) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Void>> runs = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            for (int t = 0; t < threads; t++) {
                int thread = t;
                runs.add(pool.submit(() -> {
                    start.await();
                    work.run(thread);
                    return null;
                }));
            }
            start.countDown();
            for (Future<Void> run : runs) run.get(); // rethrows a thread's failure
        }
    }

    @FunctionalInterface
    private interface ThreadWork {
        void run(int thread);
    }

    private static List<Integer> seqs(List<IngestItem> items) {
        return items.stream().map(IngestItem::seq).toList();
    }

    private static List<String> ids(List<IngestJob> jobs) {
        return jobs.stream().map(IngestJob::id).toList();
    }

    private static GantryException failure(ErrorKind kind, ThrowingCallable call) {
        GantryException e = catchThrowableOfType(GantryException.class, call);
        assertThat(e).as("failure").isNotNull();
        assertThat(e.kind()).isEqualTo(kind);
        assertThat(e.getMessage()).isNotBlank();
        return e;
    }

    /** A clock the test moves by hand; thread-safe. */
    protected static final class TestClock extends Clock {
        private volatile Instant now;

        public TestClock(Instant start) {
            this.now = start;
        }

        public synchronized void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Clock.fixed(now, zone);
        }
    }
}
