package dev.gantry.testkit.rag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.gantry.core.error.ErrorKind;
import dev.gantry.core.error.GantryException;
import dev.gantry.core.rag.CollectionInfo;
import dev.gantry.core.rag.CollectionStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link CollectionStore} adapter passes, through the port only. Each test gets fresh, empty
 * storage. Instants are whole milliseconds: that is the precision a store must keep.
 */
public abstract class CollectionStoreContract {
    protected static final Instant T0 = Instant.parse("2025-03-10T12:00:00.123Z");

    protected CollectionStore store;

    /** A store over fresh, empty storage. */
    protected abstract CollectionStore openStore();

    /** Closes the storage behind {@link #store} and opens it again, as a restarted process would. */
    protected abstract CollectionStore reopenStore();

    /** Releases the storage; called after each test. */
    protected abstract void closeStore();

    @BeforeEach
    protected void openFreshStore() {
        store = openStore();
    }

    @AfterEach
    protected void closeStoreAfterTest() {
        closeStore();
    }

    @Test
    protected void should_read_back_every_field_as_created() {
        CollectionInfo docs = new CollectionInfo("docs", "oai/text-embedding-3-small", 1536, 512, 64, T0);

        assertThat(store.create(docs)).isTrue();

        assertThat(store.get("docs")).contains(docs);
    }

    @Test
    protected void should_refuse_a_taken_name_and_keep_the_first_collection() {
        CollectionInfo first = collection("docs", "local/all-minilm-l6-v2-q", 384);
        store.create(first);

        boolean created = store.create(collection("docs", "oai/text-embedding-3-small", 1536));

        assertThat(created).isFalse();
        assertThat(store.get("docs")).contains(first);
        assertThat(store.list()).hasSize(1);
    }

    @Test
    protected void should_create_a_name_once_when_several_threads_race_for_it() throws Exception {
        int threads = 6;
        List<Boolean> outcomes = raceToCreate(threads, collection("docs", "local/all-minilm-l6-v2-q", 384));

        assertThat(outcomes).hasSize(threads).containsOnlyOnce(true);
        assertThat(store.list()).hasSize(1);
    }

    @Test
    protected void should_find_nothing_for_an_unknown_name() {
        store.create(collection("docs", "local/all-minilm-l6-v2-q", 384));

        assertThat(store.get("wiki")).isEmpty();
    }

    @Test
    protected void should_list_every_collection_by_name() {
        store.create(collection("wiki", "local/all-minilm-l6-v2-q", 384));
        store.create(collection("docs", "local/bge-small-en-v1.5-q", 384));
        store.create(collection("notes", "oai/text-embedding-3-small", 1536));

        assertThat(store.list()).extracting(CollectionInfo::name).containsExactly("docs", "notes", "wiki");
        assertThat(store.list().getFirst().embeddingModel()).isEqualTo("local/bge-small-en-v1.5-q");
    }

    @Test
    protected void should_list_nothing_when_empty() {
        assertThat(store.list()).isEmpty();
    }

    @Test
    protected void should_delete_a_collection_and_tell_whether_there_was_one() {
        store.create(collection("docs", "local/all-minilm-l6-v2-q", 384));
        store.create(collection("wiki", "local/all-minilm-l6-v2-q", 384));

        assertThat(store.delete("docs")).isTrue();
        assertThat(store.delete("docs")).isFalse();
        assertThat(store.get("docs")).isEmpty();
        assertThat(store.list()).extracting(CollectionInfo::name).containsExactly("wiki");
    }

    @Test
    protected void should_accept_a_deleted_name_again() {
        store.create(collection("docs", "local/all-minilm-l6-v2-q", 384));
        store.delete("docs");
        CollectionInfo again = collection("docs", "oai/text-embedding-3-small", 1536);

        assertThat(store.create(again)).isTrue();
        assertThat(store.get("docs")).contains(again);
    }

    @Test
    protected void should_keep_collections_after_reopening() {
        CollectionInfo docs = collection("docs", "local/all-minilm-l6-v2-q", 384);
        store.create(docs);

        store = reopenStore();

        assertThat(store.get("docs")).contains(docs);
    }

    @Test
    protected void should_reject_a_collection_without_a_name_naming_the_field() {
        GantryException e = invalid(() -> store.create(collection(" ", "local/all-minilm-l6-v2-q", 384)));

        assertThat(e.getMessage()).contains("name");
        assertThat(store.list()).isEmpty();
    }

    @Test
    protected void should_reject_non_positive_dimensions_naming_the_value() {
        GantryException e = invalid(() -> store.create(collection("docs", "local/all-minilm-l6-v2-q", 0)));

        assertThat(e.getMessage()).contains("docs", "dimensions", "0");
        assertThat(store.get("docs")).isEmpty();
    }

    @Test
    protected void should_reject_a_collection_without_an_embedding_model() {
        GantryException e = invalid(() -> store.create(collection("docs", null, 384)));

        assertThat(e.getMessage()).contains("docs", "embedding model");
    }

    protected static CollectionInfo collection(String name, String embeddingModel, int dimensions) {
        return new CollectionInfo(name, embeddingModel, dimensions, 512, 64, T0);
    }

    private List<Boolean> raceToCreate(int threads, CollectionInfo collection) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> runs = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            for (int i = 0; i < threads; i++) {
                runs.add(pool.submit(() -> {
                    start.await();
                    return store.create(collection);
                }));
            }
            start.countDown();
            List<Boolean> outcomes = new ArrayList<>();
            for (Future<Boolean> run : runs) outcomes.add(run.get());
            return outcomes;
        }
    }

    private static GantryException invalid(ThrowingCallable call) {
        GantryException e = catchThrowableOfType(GantryException.class, call);
        assertThat(e).as("failure of invalid input").isNotNull();
        assertThat(e.kind()).isEqualTo(ErrorKind.INVALID_REQUEST);
        return e;
    }
}
