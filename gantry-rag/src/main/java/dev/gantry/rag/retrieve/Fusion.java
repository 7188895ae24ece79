package dev.gantry.rag.retrieve;

import dev.gantry.core.rag.ScoredChunk;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Weighted reciprocal-rank fusion (Cormack et al. 2009): a chunk scores {@code sum(w_i / (k + rank_i))} over the
 * rankings it appears in, ranks from 1. Only ranks count, so BM25 and cosine scores need no calibration.
 */
public final class Fusion {
    /** The constant of the original paper; larger values flatten the advantage of the top ranks. */
    public static final int DEFAULT_K = 60;

    private Fusion() {
    }

    /**
     * @param rankings best first each; the same chunk (by id) may appear in several
     * @param weights  one per ranking
     * @return at most {@code limit} chunks, best first, each with its fused score and the first vector seen
     */
    public static List<ScoredChunk> reciprocalRank(List<List<ScoredChunk>> rankings, double[] weights, int k, int limit) {
        if (weights.length != rankings.size()) {
            throw new IllegalArgumentException(weights.length + " weights for " + rankings.size() + " rankings");
        }
        Map<String, ScoredChunk> byId = new LinkedHashMap<>();
        Map<String, Double> scores = new LinkedHashMap<>();
        for (int r = 0; r < rankings.size(); r++) {
            List<ScoredChunk> ranking = rankings.get(r);
            for (int i = 0; i < ranking.size(); i++) {
                ScoredChunk hit = ranking.get(i);
                String id = hit.chunk().id();
                scores.merge(id, weights[r] / (k + i + 1), Double::sum);
                byId.merge(id, hit, (old, now) -> old.vector() != null ? old : now);
            }
        }
        List<ScoredChunk> fused = new ArrayList<>(scores.size());
        scores.forEach((id, score) -> fused.add(byId.get(id).withScore(score)));
        fused.sort(Comparator.comparingDouble(ScoredChunk::score).reversed()
                .thenComparing(h -> h.chunk().id()));
        return fused.size() > limit ? List.copyOf(fused.subList(0, limit)) : fused;
    }
}
