package dev.gantry.rag.retrieve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.core.rag.Chunk;
import dev.gantry.core.rag.ScoredChunk;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Scores normalise to A 1, B 0.9, C 0.5, D 0; B duplicates A, C is orthogonal to A, D sits between
 * (cos 0.6 to A, 0.8 to C). Expected orders are worked out by hand in each test.
 */
class MmrTest {
    private static final ScoredChunk A = hit("A", 1.0, 1, 0);
    private static final ScoredChunk B = hit("B", 0.9, 1, 0);
    private static final ScoredChunk C = hit("C", 0.5, 0, 1);
    private static final ScoredChunk D = hit("D", 0.0, 0.6f, 0.8f);
    private static final List<ScoredChunk> RANKED = List.of(A, B, C, D);

    @Test
    void lambdaOneKeepsTheRelevanceOrder() {
        assertThat(ids(Mmr.select(RANKED, 1.0, 4))).containsExactly("A", "B", "C", "D");
    }

    @Test
    void balancedLambdaPrefersTheOrthogonalHitOverTheDuplicate() {
        // step 2: B 0.7*0.9 - 0.3*1 = 0.33, C 0.7*0.5 - 0 = 0.35, D 0 - 0.3*0.6 = -0.18
        // step 3: B 0.33, D 0 - 0.3*max(0.6, 0.8) = -0.24
        assertThat(ids(Mmr.select(RANKED, 0.7, 3))).containsExactly("A", "C", "B");
    }

    @Test
    void lambdaZeroPicksForDiversityAlone() {
        // step 1 is a tie at 0: the best-ranked wins; then C (-0) beats D (-0.6) and B (-1); then D (-0.8) beats B (-1)
        assertThat(ids(Mmr.select(RANKED, 0.0, 3))).containsExactly("A", "C", "D");
    }

    @Test
    void keepsTheScoresOfTheStagesBefore() {
        assertThat(Mmr.select(RANKED, 0.7, 2)).extracting(ScoredChunk::score).containsExactly(1.0, 0.5);
    }

    @Test
    void aHitWithoutVectorCountsAsUnlikeTheOthers() {
        ScoredChunk duplicate = hit("B", 0.95, 1, 0);
        ScoredChunk noVector = new ScoredChunk(chunk("E"), 0.9, null);
        // normalised A 1, B 0.5, E 0; after A: B 0.5*0.5 - 0.5*1 = -0.25, E 0.5*0 - 0.5*0 = 0
        assertThat(ids(Mmr.select(List.of(A, duplicate, noVector), 0.5, 2))).containsExactly("A", "E");
    }

    @Test
    void returnsAllWhenFewerThanK() {
        assertThat(Mmr.select(List.of(A, C), 0.5, 10)).hasSize(2);
        assertThat(Mmr.select(List.of(), 0.5, 10)).isEmpty();
    }

    @Test
    void equalScoresCountAsFullyRelevant() {
        List<ScoredChunk> same = List.of(hit("X", 2, 1, 0), hit("Y", 2, 1, 0), hit("Z", 2, 0, 1));
        assertThat(ids(Mmr.select(same, 0.5, 2))).containsExactly("X", "Z");
    }

    private static ScoredChunk hit(String id, double score, float... vector) {
        return new ScoredChunk(chunk(id), score, vector);
    }

    private static Chunk chunk(String id) {
        return new Chunk(id, "doc-" + id, 0, id, 0, 1, List.of(), 1, Map.of());
    }

    private static List<String> ids(List<ScoredChunk> hits) {
        return hits.stream().map(h -> h.chunk().id()).toList();
    }
}
