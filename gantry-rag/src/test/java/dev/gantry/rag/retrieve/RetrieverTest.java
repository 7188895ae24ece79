package dev.gantry.rag.retrieve;

import static dev.gantry.rag.retrieve.InMemoryVectorIndex.part;
import static dev.gantry.rag.retrieve.SearchRequestTest.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.gantry.core.error.ErrorKind;
import dev.gantry.core.error.GantryException;
import dev.gantry.core.rag.Filter;
import dev.gantry.core.rag.Reranker;
import dev.gantry.core.rag.ScoredChunk;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Four one-chunk documents. The query "cats" matches only "cats" by words, but its vector (1,0,0) is close to
 * "felines" and "katzen" too; "mailman" matches "dogs" by words while its vector points at "cats".
 */
class RetrieverTest {
    private static final Map<String, float[]> QUERY_VECTORS = Map.of(
            "cats", new float[]{1, 0, 0},
            "mailman", new float[]{1, 0, 0});

    private final InMemoryVectorIndex index = new InMemoryVectorIndex(3)
            .add("cats", "All about cats", Map.of("lang", "en", "year", "2020"),
                    part("cats purr and sleep all day", 1, 0, 0))
            .add("dogs", "Dogs", Map.of("lang", "en", "year", "2018"),
                    part("dogs bark at the mailman", 0, 1, 0))
            .add("felines", "", Map.of("lang", "en", "year", "2021"),
                    part("small felines hunt mice at night", 0.95f, 0.05f, 0))
            .add("katzen", "Katzen", Map.of("lang", "de", "year", "2022"),
                    part("Katzen schlafen gern", 0.9f, 0, 0.1f));
    private final Retriever retriever = new Retriever(index, QUERY_VECTORS::get, null);

    @Test
    void bm25FindsByWordsWithCitations() {
        SearchResult result = retriever.search(request("cats").mode(SearchMode.BM25).build());

        assertThat(result.hits()).hasSize(1);
        SearchHit hit = result.hits().get(0);
        assertThat(hit.rank()).isEqualTo(1);
        assertThat(hit.score()).isPositive();
        assertThat(hit.citation()).isEqualTo(new Citation("cats", "cats#0", 0, 0, 27, List.of(), "All about cats",
                "test:cats"));
        assertThat(index.vectorSearches).isZero();
    }

    @Test
    void denseRanksByCosine() {
        SearchResult result = retriever.search(request("cats").mode(SearchMode.DENSE).build());

        assertThat(documentIds(result)).containsExactly("cats", "felines", "katzen", "dogs");
        assertThat(result.hits().get(0).score()).isCloseTo(1.0, within(1e-6));
        assertThat(index.textSearches).isZero();
    }

    @Test
    void hybridFusesBothRankingsByReciprocalRank() {
        SearchResult result = retriever.search(request("cats").build());

        assertThat(documentIds(result)).containsExactly("cats", "felines", "katzen", "dogs");
        // cats: first in both lists; felines: second in kNN only
        assertThat(result.hits().get(0).score()).isCloseTo(2.0 / 61, within(1e-12));
        assertThat(result.hits().get(1).score()).isCloseTo(1.0 / 62, within(1e-12));
    }

    @Test
    void weightsDecideBetweenTheTwoRankings() {
        // with 3 candidates per method, "dogs" is first by words only and "cats" first by vector only
        SearchRequest.Builder mailman = request("mailman").topK(1).candidates(3);
        assertThat(documentIds(retriever.search(mailman.textWeight(2).build())).get(0)).isEqualTo("dogs");
        assertThat(documentIds(retriever.search(mailman.textWeight(1).vectorWeight(2).build())).get(0)).isEqualTo("cats");
    }

    @Test
    void aZeroWeightSkipsThatSearch() {
        retriever.search(request("cats").textWeight(0).build());
        assertThat(index.textSearches).isZero();
        assertThat(index.vectorSearches).isOne();

        Retriever withoutEmbedder = new Retriever(index, query -> { throw new AssertionError("embedded"); }, null);
        withoutEmbedder.search(request("cats").vectorWeight(0).build());
        assertThat(index.vectorSearches).isOne();
    }

    @Test
    void hybridFetchesCandidatesPerMethodButReturnsTopK() {
        SearchResult result = retriever.search(request("cats").topK(2).candidates(7).build());

        assertThat(result.hits()).hasSize(2);
        assertThat(index.lastTextK).isEqualTo(7);
        assertThat(index.lastVectorK).isEqualTo(7);
    }

    @Test
    void singleMethodAsksOnlyForTopKWithoutRerankOrMmr() {
        retriever.search(request("cats").mode(SearchMode.DENSE).topK(2).build());
        assertThat(index.lastVectorK).isEqualTo(2);

        retriever.search(request("cats").mode(SearchMode.DENSE).topK(2).mmrLambda(0.5).build());
        assertThat(index.lastVectorK).isEqualTo(50);
    }

    @Test
    void filtersReachTheIndex() {
        Filter recentEnglish = new Filter(List.of(
                new Filter.Condition("lang", Filter.Op.EQ, List.of("en")),
                new Filter.Condition("year", Filter.Op.GTE, List.of("2020"))));

        SearchResult result = retriever.search(request("cats").filter(recentEnglish).build());

        assertThat(documentIds(result)).containsExactly("cats", "felines");
    }

    @Test
    void unknownFilterFieldIsNamedWithTheKnownOnes() {
        Filter typo = new Filter(List.of(new Filter.Condition("yeer", Filter.Op.EQ, List.of("2020"))));

        assertInvalid(() -> retriever.search(request("cats").filter(typo).build()), "filter")
                .hasMessageContaining("'yeer'")
                .hasMessageContaining("known fields: lang, year");
    }

    @Test
    void rangeFilterNeedsANumber() {
        Filter words = new Filter(List.of(new Filter.Condition("year", Filter.Op.LT, List.of("last year"))));

        assertInvalid(() -> retriever.search(request("cats").filter(words).build()), "filter")
                .hasMessageContaining("'year'")
                .hasMessageContaining("'last year'")
                .hasMessageContaining("needs a number");
    }

    @Test
    void filterValueCountsAreChecked() {
        Filter emptyIn = new Filter(List.of(new Filter.Condition("lang", Filter.Op.IN, List.of())));
        Filter twoForEq = new Filter(List.of(new Filter.Condition("lang", Filter.Op.EQ, List.of("en", "de"))));

        assertInvalid(() -> retriever.search(request("cats").filter(emptyIn).build()), "filter")
                .hasMessageContaining("at least one");
        assertInvalid(() -> retriever.search(request("cats").filter(twoForEq).build()), "filter")
                .hasMessageContaining("exactly one");
    }

    @Test
    void withoutEmbedderOnlyBm25Works() {
        Retriever lexical = new Retriever(index, null, null);

        assertThat(lexical.search(request("cats").mode(SearchMode.BM25).build()).hits()).hasSize(1);
        assertInvalid(() -> lexical.search(request("cats").build()), "mode")
                .hasMessageContaining("'hybrid'").hasMessageContaining("'bm25'");
        assertInvalid(() -> lexical.search(request("cats").mode(SearchMode.DENSE).build()), "mode");
    }

    @Test
    void queryVectorOfTheWrongSizeIsAModelMismatch() {
        Retriever mismatched = new Retriever(index, query -> new float[]{1, 0}, null);

        assertThatThrownBy(() -> mismatched.search(request("cats").build()))
                .isInstanceOfSatisfying(GantryException.class, e -> assertThat(e.kind()).isEqualTo(ErrorKind.INTERNAL))
                .hasMessageContaining("2 dimensions").hasMessageContaining("holds 3");
    }

    @Test
    void rerankReordersTheCandidatePool() {
        RecordingReranker reverse = new RecordingReranker();
        Retriever reranking = new Retriever(index, QUERY_VECTORS::get, reverse);

        SearchResult result = reranking.search(request("cats").topK(2).candidates(3).rerank(true).build());

        assertThat(reverse.given).containsExactly("cats", "felines", "katzen");
        assertThat(reverse.topN).isEqualTo(2);
        assertThat(documentIds(result)).containsExactly("katzen", "felines");
        assertThat(result.hits().get(0).score()).isEqualTo(3.0);
        assertThat(result.timings().rerankMicros()).isNotNegative();
    }

    @Test
    void rerankWithoutRerankerIsRefused() {
        assertInvalid(() -> retriever.search(request("cats").rerank(true).build()), "rerank");
        Retriever none = new Retriever(index, QUERY_VECTORS::get, Reranker.NONE);
        assertInvalid(() -> none.search(request("cats").rerank(true).build()), "rerank");
    }

    @Test
    void mmrSkipsANearDuplicate() {
        InMemoryVectorIndex dupes = new InMemoryVectorIndex(2)
                .add("a1", "A", Map.of(), part("apple pie recipe", 1, 0))
                .add("a2", "A copy", Map.of(), part("apple pie recipe with cream", 1, 0))
                .add("b", "B", Map.of(), part("apple orchard", 0, 1));
        Retriever lexical = new Retriever(dupes, null, null);
        SearchRequest.Builder query = request("apple pie").mode(SearchMode.BM25).topK(2);

        assertThat(documentIds(lexical.search(query.build()))).containsExactly("a1", "a2");
        assertThat(documentIds(lexical.search(query.mmrLambda(0.5).build()))).containsExactly("a1", "b");
    }

    @Test
    void rerankThenMmrChoosesAmongAllRerankedCandidates() {
        RecordingReranker reverse = new RecordingReranker();
        Retriever reranking = new Retriever(index, QUERY_VECTORS::get, reverse);

        SearchResult result = reranking.search(request("cats").topK(2).candidates(4).rerank(true).mmrLambda(1.0).build());

        assertThat(reverse.topN).isEqualTo(4);
        assertThat(documentIds(result)).containsExactly("dogs", "katzen");
    }

    @Test
    void timingsCoverOnlyTheStagesThatRan() {
        StageTimings bm25 = retriever.search(request("cats").mode(SearchMode.BM25).build()).timings();
        assertThat(bm25.embedMicros()).isZero();
        assertThat(bm25.vectorMicros()).isZero();
        assertThat(bm25.fuseMicros()).isZero();
        assertThat(bm25.rerankMicros()).isZero();
        assertThat(bm25.mmrMicros()).isZero();
        assertThat(bm25.totalMicros()).isGreaterThanOrEqualTo(bm25.textMicros());
    }

    @Test
    void noMatchIsAnEmptyResult() {
        SearchResult result = retriever.search(request("zebras").mode(SearchMode.BM25).build());
        assertThat(result.isEmpty()).isTrue();
    }

    private static SearchRequest.Builder request(String query) {
        return SearchRequest.builder(query);
    }

    private static List<String> documentIds(SearchResult result) {
        return result.hits().stream().map(h -> h.chunk().documentId()).toList();
    }

    /** Scores candidates in reverse order (last gets the highest score) and remembers what it was given. */
    private static final class RecordingReranker implements Reranker {
        final List<String> given = new ArrayList<>();
        int topN;

        @Override
        public List<ScoredChunk> rerank(String query, List<ScoredChunk> candidates, int topN) {
            this.topN = topN;
            candidates.forEach(c -> given.add(c.chunk().documentId()));
            List<ScoredChunk> out = new ArrayList<>();
            for (int i = candidates.size() - 1; i >= 0; i--) out.add(candidates.get(i).withScore(i + 1));
            return out.stream().limit(topN).toList();
        }
    }
}
