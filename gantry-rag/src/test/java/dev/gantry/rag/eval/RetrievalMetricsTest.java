package dev.gantry.rag.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.gantry.core.rag.Chunk;
import dev.gantry.rag.retrieve.Citation;
import dev.gantry.rag.retrieve.SearchHit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Expected values worked out by hand (log2 3 = 1.5849625, log2 5 = 2.3219281, log2 6 = 2.5849625). */
class RetrievalMetricsTest {
    private static final Map<String, Integer> GRADED = Map.of("d1", 3, "d2", 2, "d3", 0, "d4", 1);
    private static final List<String> RANKING = List.of("d3", "d1", "x", "d4", "d2");

    @Test
    void ndcgUsesGradedGainsAndTheIdealOrderOfTheJudgements() {
        // DCG = 0/1 + 3/log2 3 + 0 + 1/log2 5 + 2/log2 6 = 3.0971714
        // IDCG = 3/1 + 2/log2 3 + 1/log2 4 = 4.7618595
        assertThat(RetrievalMetrics.ndcg(RANKING, GRADED, 10)).isCloseTo(0.6504122, within(1e-7));
    }

    @Test
    void ndcgCutsBothRankingsAtK() {
        // DCG@2 = 3/log2 3 = 1.8927893; IDCG@2 = 3 + 2/log2 3 = 4.2618595
        assertThat(RetrievalMetrics.ndcg(RANKING, GRADED, 2)).isCloseTo(0.4441229, within(1e-7));
    }

    @Test
    void recallCountsRelevantDocumentsInTheTopK() {
        assertThat(RetrievalMetrics.recall(RANKING, GRADED, 100)).isEqualTo(1.0);
        assertThat(RetrievalMetrics.recall(RANKING, GRADED, 3)).isCloseTo(1.0 / 3, within(1e-12));
    }

    @Test
    void reciprocalRankOfTheFirstRelevantDocument() {
        assertThat(RetrievalMetrics.reciprocalRank(RANKING, GRADED, 10)).isEqualTo(0.5);
        assertThat(RetrievalMetrics.reciprocalRank(RANKING, GRADED, 1)).isZero();
    }

    @Test
    void nothingRelevantRetrievedScoresZero() {
        List<String> misses = List.of("x", "y", "d3");
        assertThat(RetrievalMetrics.ndcg(misses, GRADED, 10)).isZero();
        assertThat(RetrievalMetrics.recall(misses, GRADED, 100)).isZero();
        assertThat(RetrievalMetrics.reciprocalRank(misses, GRADED, 10)).isZero();
        assertThat(RetrievalMetrics.ndcg(List.of(), GRADED, 10)).isZero();
    }

    @Test
    void aDocumentRepeatedInTheRankingCountsOnce() {
        List<String> repeated = List.of("d1", "d1", "d2");
        List<String> once = List.of("d1", "d2");
        assertThat(RetrievalMetrics.ndcg(repeated, GRADED, 10)).isEqualTo(RetrievalMetrics.ndcg(once, GRADED, 10));
        assertThat(RetrievalMetrics.recall(List.of("d1", "d1"), GRADED, 2)).isCloseTo(1.0 / 3, within(1e-12));
    }

    @Test
    void chunkHitsBecomeDocumentsAtTheirBestRank() {
        List<SearchHit> hits = List.of(hit(1, "d2", 0), hit(2, "d1", 3), hit(3, "d2", 5), hit(4, "d4", 1));
        assertThat(RetrievalMetrics.documentRanking(hits)).containsExactly("d2", "d1", "d4");
    }

    private static SearchHit hit(int rank, String doc, int ordinal) {
        Chunk c = new Chunk(Chunk.idOf(doc, ordinal), doc, ordinal, "t", 0, 1, List.of(), 1, Map.of());
        return new SearchHit(rank, c, 1.0 / rank, Citation.of(c, null));
    }
}
