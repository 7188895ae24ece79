package dev.gantry.testkit.rag;

import static dev.gantry.testkit.rag.IndexFixtures.cosineScore;
import static dev.gantry.testkit.rag.IndexFixtures.document;
import static dev.gantry.testkit.rag.IndexFixtures.normalised;
import static dev.gantry.testkit.rag.IndexFixtures.textHash;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.within;

import dev.gantry.core.error.ErrorKind;
import dev.gantry.core.error.GantryException;
import dev.gantry.core.rag.DocumentInfo;
import dev.gantry.core.rag.Filter;
import dev.gantry.core.rag.IndexStats;
import dev.gantry.core.rag.ScoredChunk;
import dev.gantry.core.rag.VectorIndex;
import dev.gantry.core.rag.VectorIndexStore;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The promises of {@link VectorIndex} and {@link VectorIndexStore}, for every storage engine (Lucene, pgvector...).
 * Works through the ports only. Vectors have {@value #DIMENSIONS} dimensions so expected cosines are obvious.
 */
public abstract class VectorIndexContract {
    protected static final int DIMENSIONS = 4;
    protected static final String COLLECTION = "contract";
    private static final double SCORE_TOLERANCE = 1e-4;

    @TempDir
    protected Path dir;
    protected VectorIndexStore store;
    protected VectorIndex index;

    /** A store keeping its data under {@code dir} (engines with a server may ignore it and use their own). */
    protected abstract VectorIndexStore newStore(Path dir);

    @BeforeEach
    protected void openIndex() {
        store = newStore(dir);
        index = store.open(COLLECTION, DIMENSIONS);
    }

    @AfterEach
    protected void closeStore() {
        if (store != null) store.close();
    }

    protected static Stream<Arguments> filterCases() {
        return FilterCorpus.cases();
    }

    // ---- documents

    @Test
    protected void should_report_its_dimensions() {
        assertThat(index.dimensions()).isEqualTo(DIMENSIONS);
    }

    @Test
    protected void should_return_the_document_info_as_replaced() {
        DocumentInfo info = document("doc-1").title("Quantum notes").source("notes/q.md").meta("lang", "en")
                .chunk("alpha beta", 1, 0, 0, 0).chunk("gamma delta", 0, 1, 0, 0).replaceIn(index);
        index.commit();

        assertThat(index.document("doc-1")).contains(info);
        assertThat(index.document("doc-2")).isEmpty();
    }

    @Test
    protected void should_return_chunks_with_every_field_as_indexed() {
        var doc = document("doc-1").title("Manual").meta("lang", "en").meta("year", "2024")
                .chunkUnder(List.of("Install", "Linux"), "unpack the archive", 3, 4, 0, 0);
        doc.replaceIn(index);
        index.commit();

        List<ScoredChunk> hits = index.searchText("archive", Filter.NONE, 10);

        assertThat(hits).hasSize(1);
        assertThat(hits.get(0).chunk()).isEqualTo(doc.chunks().get(0).chunk());
        assertThat(hits.get(0).vector()).as("stored vectors are unit length")
                .containsExactly(new float[] {0.6f, 0.8f, 0, 0}, within(1e-6f));
    }

    @Test
    protected void should_replace_all_earlier_chunks_of_the_document() {
        document("doc-1").chunk("old first alpha", 1, 0, 0, 0).chunk("old second alpha", 0, 1, 0, 0)
                .chunk("old third alpha", 0, 0, 1, 0).replaceIn(index);
        index.commit();
        DocumentInfo now = document("doc-1").title("v2").chunk("new only alpha", 1, 1, 0, 0).replaceIn(index);
        index.commit();

        assertThat(index.searchText("alpha", Filter.NONE, 10)).extracting(h -> h.chunk().text())
                .containsExactly("new only alpha");
        assertThat(index.searchVector(new float[] {0, 0, 1, 0}, Filter.NONE, 10)).extracting(h -> h.chunk().id())
                .containsExactly("doc-1#0");
        assertThat(index.document("doc-1")).contains(now);
        assertThat(index.stats().chunks()).isEqualTo(1);
    }

    @Test
    protected void should_keep_a_document_without_chunks() {
        DocumentInfo empty = document("empty").title("Nothing to say").replaceIn(index);
        index.commit();

        assertThat(index.document("empty")).contains(empty);
        assertThat(index.stats()).extracting(IndexStats::documents, IndexStats::chunks).containsExactly(1L, 0L);
    }

    @Test
    protected void should_delete_a_document_and_its_chunks() {
        document("gone").chunk("remove me alpha", 1, 0, 0, 0).chunk("and me alpha", 0, 1, 0, 0).replaceIn(index);
        document("kept").chunk("keep me alpha", 0, 0, 1, 0).replaceIn(index);
        index.commit();

        assertThat(index.deleteDocument("gone")).isTrue();
        index.commit();

        assertThat(index.document("gone")).isEmpty();
        assertThat(index.searchText("alpha", Filter.NONE, 10)).extracting(h -> h.chunk().documentId())
                .containsExactly("kept");
        assertThat(index.searchVector(new float[] {1, 0, 0, 0}, Filter.NONE, 10))
                .extracting(h -> h.chunk().documentId()).containsExactly("kept");
        assertThat(index.vectorsByTextHash("gone")).isEmpty();
        assertThat(index.stats()).extracting(IndexStats::documents, IndexStats::chunks).containsExactly(1L, 1L);
    }

    @Test
    protected void should_answer_false_when_deleting_an_unknown_document() {
        assertThat(index.deleteDocument("never-indexed")).isFalse();
    }

    @Test
    protected void should_delete_a_document_not_yet_committed() {
        document("fresh").chunk("just added", 1, 0, 0, 0).replaceIn(index);

        assertThat(index.deleteDocument("fresh")).isTrue();
        index.commit();

        assertThat(index.document("fresh")).isEmpty();
    }

    @Test
    protected void should_page_documents_in_id_order() {
        for (String id : List.of("d", "b", "e", "a", "c")) document(id).chunk("text of " + id, 1, 0, 0, 0).replaceIn(index);
        index.commit();

        assertThat(ids(index.documents(null, 2))).containsExactly("a", "b");
        assertThat(ids(index.documents("b", 2))).containsExactly("c", "d");
        assertThat(ids(index.documents("d", 2))).containsExactly("e");
        assertThat(index.documents("e", 2)).isEmpty();
        assertThat(ids(index.documents("bb", 10))).as("after an id that is not indexed").containsExactly("c", "d", "e");
        assertThat(ids(index.documents(null, 100))).containsExactly("a", "b", "c", "d", "e");
    }

    @Test
    protected void should_return_vectors_by_text_hash() {
        document("doc-1").chunk("first text", 2, 0, 0, 0).chunk("second text", 0, 0, 0, 5).replaceIn(index);
        index.commit();

        Map<String, float[]> vectors = index.vectorsByTextHash("doc-1");

        assertThat(vectors).containsOnlyKeys(textHash("first text"), textHash("second text"));
        assertThat(vectors.get(textHash("first text"))).containsExactly(new float[] {1, 0, 0, 0}, within(1e-6f));
        assertThat(vectors.get(textHash("second text"))).containsExactly(new float[] {0, 0, 0, 1}, within(1e-6f));
        assertThat(index.vectorsByTextHash("unknown")).isEmpty();
    }

    // ---- text search

    @Test
    protected void should_find_chunks_by_their_words_best_first() {
        document("a").chunk("quantum entanglement of photons in quantum optics", 1, 0, 0, 0).replaceIn(index);
        document("b").chunk("a short history of optics", 0, 1, 0, 0).replaceIn(index);
        document("c").chunk("recipes for sourdough bread", 0, 0, 1, 0).replaceIn(index);
        index.commit();

        List<ScoredChunk> hits = index.searchText("quantum optics", Filter.NONE, 10);

        assertThat(hits).extracting(h -> h.chunk().documentId()).containsExactly("a", "b");
        assertThat(hits.get(0).score()).isGreaterThan(hits.get(1).score()).isPositive();
        assertThat(hits.get(1).score()).isPositive();
        assertThat(hits).allSatisfy(h -> assertThat(h.vector()).hasSize(DIMENSIONS));
    }

    @Test
    protected void should_find_chunks_by_their_document_title() {
        document("manual").title("Kubernetes operations handbook").chunk("restart the pods one at a time", 1, 0, 0, 0)
                .replaceIn(index);
        document("other").title("Cooking").chunk("restart the oven", 0, 1, 0, 0).replaceIn(index);
        index.commit();

        assertThat(index.searchText("kubernetes", Filter.NONE, 10)).extracting(h -> h.chunk().documentId())
                .containsExactly("manual");
    }

    @Test
    protected void should_find_chunks_by_their_heading_path() {
        document("guide").chunkUnder(List.of("Troubleshooting", "Networking"), "check the cable", 1, 0, 0, 0)
                .chunkUnder(List.of("Installation"), "run the installer", 0, 1, 0, 0).replaceIn(index);
        index.commit();

        assertThat(index.searchText("networking", Filter.NONE, 10)).extracting(h -> h.chunk().id())
                .containsExactly("guide#0");
    }

    @Test
    protected void should_accept_any_user_text_as_a_text_query() {
        document("doc-1").chunk("error code 42 in module (alpha)", 1, 0, 0, 0).replaceIn(index);
        index.commit();

        for (String query : List.of("alpha AND (beta OR", "\"unbalanced quote", "title:alpha*", "a:b:c ~2 ^3 [x TO",
                "-alpha +", "\\", "!!! ???", "/regex/", "NOT", "alpha && || !gamma")) {
            assertThat(catchThrowable(() -> index.searchText(query, Filter.NONE, 10))).as(query).isNull();
        }
        assertThat(index.searchText("(alpha)", Filter.NONE, 10)).hasSize(1);
        assertThat(index.searchText("", Filter.NONE, 10)).isEmpty();
        assertThat(index.searchText("   ", Filter.NONE, 10)).isEmpty();
    }

    @Test
    protected void should_return_at_most_k_hits() {
        for (int i = 0; i < 8; i++) document("d" + i).chunk("common word " + i, 1, i, 0, 0).replaceIn(index);
        index.commit();

        assertThat(index.searchText("common", Filter.NONE, 3)).hasSize(3);
        assertThat(index.searchVector(new float[] {1, 0, 0, 0}, Filter.NONE, 3)).hasSize(3);
        assertThat(index.searchText("common", Filter.NONE, 100)).hasSize(8);
        assertThat(index.searchVector(new float[] {1, 0, 0, 0}, Filter.NONE, 100)).hasSize(8);
    }

    // ---- vector search

    @Test
    protected void should_rank_vector_hits_by_cosine_best_first() {
        float[] same = {1, 0, 0, 0};
        float[] close = {0.9f, 0.1f, 0, 0};
        float[] orthogonal = {0, 1, 0, 0};
        float[] opposite = {-1, 0, 0, 0};
        document("doc").chunk("same", same).chunk("close", close).chunk("orthogonal", orthogonal)
                .chunk("opposite", opposite).replaceIn(index);
        index.commit();
        float[] query = {2, 0, 0, 0}; // not unit length: the index compares directions only

        List<ScoredChunk> hits = index.searchVector(query, Filter.NONE, 10);

        assertThat(hits).extracting(h -> h.chunk().text()).containsExactly("same", "close", "orthogonal", "opposite");
        assertThat(hits).extracting(ScoredChunk::score).allSatisfy(s -> assertThat(s).isBetween(0.0, 1.0));
        assertThat(hits.get(0).score()).isCloseTo(1.0, within(SCORE_TOLERANCE));
        assertThat(hits.get(1).score()).isCloseTo(cosineScore(query, close), within(SCORE_TOLERANCE));
        assertThat(hits.get(2).score()).isCloseTo(0.5, within(SCORE_TOLERANCE));
        assertThat(hits.get(3).score()).isCloseTo(0.0, within(SCORE_TOLERANCE));
        assertThat(hits.get(1).vector()).containsExactly(normalised(close), within(1e-6f));
    }

    // ---- filters

    @ParameterizedTest(name = "{0}")
    @MethodSource("filterCases")
    protected void should_apply_every_filter_to_both_searches(String description, Filter filter, Set<String> expected) {
        FilterCorpus.indexInto(index);

        Set<String> byText = documentIds(index.searchText(FilterCorpus.SHARED_WORD, filter, 100));
        Set<String> byVector = documentIds(index.searchVector(FilterCorpus.SHARED_DIRECTION, filter, 100));

        assertThat(byText).as("text search with " + description).isEqualTo(expected);
        assertThat(byVector).as("vector search with " + description).isEqualTo(expected);
    }

    @Test
    protected void should_keep_both_chunks_of_each_document_a_filter_keeps() {
        FilterCorpus.indexInto(index);

        Filter english = new Filter(List.of(new Filter.Condition("lang", Filter.Op.EQ, List.of("en"))));

        assertThat(index.searchText(FilterCorpus.SHARED_WORD, english, 100)).hasSize(4);
        assertThat(index.searchVector(FilterCorpus.SHARED_DIRECTION, english, 100)).hasSize(4);
    }

    @Test
    protected void should_list_the_metadata_fields() {
        FilterCorpus.indexInto(index);

        assertThat(index.metadataFields()).containsExactlyInAnyOrder("lang", "year", "price");
    }

    // ---- stats, lifecycle

    @Test
    protected void should_report_stats() {
        assertThat(index.stats()).extracting(IndexStats::documents, IndexStats::chunks).containsExactly(0L, 0L);
        document("a").chunk("one", 1, 0, 0, 0).chunk("two", 0, 1, 0, 0).replaceIn(index);
        document("b").chunk("three", 0, 0, 1, 0).replaceIn(index);
        index.commit();

        IndexStats stats = index.stats();

        assertThat(stats.documents()).isEqualTo(2);
        assertThat(stats.chunks()).isEqualTo(3);
        assertThat(stats.bytesOnDisk()).isPositive();
    }

    @Test
    protected void should_keep_committed_data_when_the_index_is_reopened() {
        DocumentInfo info = document("kept").meta("lang", "en").chunk("durable words", 1, 0, 0, 0).replaceIn(index);
        index.commit();
        index.close();

        VectorIndex reopened = store.open(COLLECTION, DIMENSIONS);

        assertThat(reopened.document("kept")).contains(info);
        assertThat(reopened.searchText("durable", Filter.NONE, 10)).hasSize(1);
    }

    @Test
    protected void should_keep_committed_data_when_the_store_is_reopened() {
        DocumentInfo info = document("kept").meta("lang", "en").chunk("durable words", 1, 0, 0, 0).replaceIn(index);
        index.commit();
        store.close();
        store = newStore(dir);

        VectorIndex reopened = store.open(COLLECTION, DIMENSIONS);

        assertThat(reopened.document("kept")).contains(info);
        assertThat(reopened.searchVector(new float[] {1, 0, 0, 0}, Filter.NONE, 10)).hasSize(1);
        assertThat(reopened.metadataFields()).containsExactly("lang");
    }

    @Test
    protected void should_keep_collections_apart() {
        document("a").chunk("first collection words", 1, 0, 0, 0).replaceIn(index);
        index.commit();
        VectorIndex other = store.open("contract-other", DIMENSIONS);

        assertThat(other.document("a")).isEmpty();
        assertThat(other.searchText("words", Filter.NONE, 10)).isEmpty();
        assertThat(other.stats().chunks()).isZero();
    }

    @Test
    protected void should_drop_everything_of_a_collection() {
        VectorIndex other = store.open("contract-other", DIMENSIONS);
        document("b").chunk("other words", 0, 1, 0, 0).replaceIn(other);
        other.commit();
        document("a").chunk("dropped words", 1, 0, 0, 0).replaceIn(index);
        index.commit();

        assertThat(store.drop(COLLECTION)).isTrue();
        VectorIndex recreated = store.open(COLLECTION, DIMENSIONS);

        assertThat(recreated.document("a")).isEmpty();
        assertThat(recreated.searchText("dropped", Filter.NONE, 10)).isEmpty();
        assertThat(recreated.stats()).extracting(IndexStats::documents, IndexStats::chunks).containsExactly(0L, 0L);
        assertThat(recreated.metadataFields()).isEmpty();
        assertThat(store.open("contract-other", DIMENSIONS).document("b")).isPresent();
        assertThat(store.drop("never-created")).isFalse();
    }

    // ---- errors

    @Test
    protected void should_reject_a_chunk_vector_of_the_wrong_dimension_and_keep_the_document() {
        DocumentInfo before = document("doc-1").chunk("original", 1, 0, 0, 0).replaceIn(index);
        index.commit();

        GantryException e = invalid(() -> document("doc-1").chunk("fine", 1, 0, 0, 0).chunk("too short", 1, 0, 0)
                .replaceIn(index));
        index.commit();

        assertThat(e.getMessage()).contains("doc-1#1", "3", String.valueOf(DIMENSIONS));
        assertThat(index.document("doc-1")).contains(before);
        assertThat(index.searchText("original", Filter.NONE, 10)).hasSize(1);
    }

    @Test
    protected void should_reject_a_query_vector_of_the_wrong_dimension() {
        GantryException e = invalid(() -> index.searchVector(new float[] {1, 0, 0, 0, 0}, Filter.NONE, 10));

        assertThat(e.getMessage()).contains("5", String.valueOf(DIMENSIONS));
    }

    @Test
    protected void should_refuse_to_reopen_a_collection_with_other_dimensions() {
        document("a").chunk("four dimensions", 1, 0, 0, 0).replaceIn(index);
        index.commit();
        store.close();
        store = newStore(dir);

        GantryException e = invalid(() -> store.open(COLLECTION, DIMENSIONS + 4));

        assertThat(e.getMessage()).contains(COLLECTION, String.valueOf(DIMENSIONS), String.valueOf(DIMENSIONS + 4));
        assertThat(store.open(COLLECTION, DIMENSIONS).document("a")).isPresent();
    }

    // ---- concurrency

    @Test
    protected void should_serve_whole_documents_while_another_thread_replaces_them() throws Exception {
        ConcurrentReplaceCheck check = new ConcurrentReplaceCheck(index, 200);

        List<String> violations = check.run(2);

        assertThat(violations).isEmpty();
        assertThat(check.checks()).isPositive();
        assertThat(index.searchText(ConcurrentReplaceCheck.LIVE_WORD, Filter.NONE, 50))
                .hasSize(ConcurrentReplaceCheck.chunkCount(200))
                .allSatisfy(h -> assertThat(h.chunk().metadata()).containsEntry("version", "200"));
    }

    // ---- helpers

    protected static GantryException invalid(ThrowingCallable call) {
        Throwable t = catchThrowable(call);
        assertThat(t).isInstanceOf(GantryException.class);
        GantryException e = (GantryException) t;
        assertThat(e.kind()).isEqualTo(ErrorKind.INVALID_REQUEST);
        return e;
    }

    private static List<String> ids(List<DocumentInfo> docs) {
        return docs.stream().map(DocumentInfo::id).toList();
    }

    private static Set<String> documentIds(List<ScoredChunk> hits) {
        return hits.stream().map(h -> h.chunk().documentId()).collect(Collectors.toSet());
    }
}
