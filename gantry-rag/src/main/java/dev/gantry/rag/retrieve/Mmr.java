package dev.gantry.rag.retrieve;

import dev.gantry.core.rag.ScoredChunk;
import dev.gantry.rag.embed.Vectors;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Maximal marginal relevance (Carbonell and Goldstein 1998): picks, one at a time, the candidate maximising
 * {@code lambda * relevance - (1 - lambda) * max cosine to those already picked}.
 *
 * <p>Relevance is the candidate's score from the stages before (BM25, fused or reranked), min-max normalised
 * to [0,1] over the candidates so it is comparable with cosine whatever produced it; that keeps MMR usable in
 * every mode, including BM25 without a query vector. A candidate without a stored vector counts as unlike
 * every other (its redundancy cannot be measured). Ties go to the better-ranked candidate.
 */
final class Mmr {
    private Mmr() {
    }

    /** @param ranked best first; @return at most {@code k} of them, in selection order, scores unchanged */
    static List<ScoredChunk> select(List<ScoredChunk> ranked, double lambda, int k) {
        int n = ranked.size();
        double[] relevance = normalisedScores(ranked);
        float[][] unit = unitVectors(ranked);
        double[] maxSimilarity = new double[n];
        Arrays.fill(maxSimilarity, Double.NEGATIVE_INFINITY);
        boolean[] taken = new boolean[n];
        List<ScoredChunk> picked = new ArrayList<>(Math.min(k, n));
        while (picked.size() < Math.min(k, n)) {
            int best = best(relevance, maxSimilarity, taken, lambda);
            taken[best] = true;
            picked.add(ranked.get(best));
            updateSimilarities(unit, best, taken, maxSimilarity);
        }
        return picked;
    }

    private static int best(double[] relevance, double[] maxSimilarity, boolean[] taken, double lambda) {
        int best = -1;
        double bestValue = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < relevance.length; i++) {
            if (taken[i]) continue;
            double redundancy = maxSimilarity[i] == Double.NEGATIVE_INFINITY ? 0 : maxSimilarity[i];
            double value = lambda * relevance[i] - (1 - lambda) * redundancy;
            if (value > bestValue) {
                bestValue = value;
                best = i;
            }
        }
        return best;
    }

    private static void updateSimilarities(float[][] unit, int picked, boolean[] taken, double[] maxSimilarity) {
        if (unit[picked] == null) return;
        for (int i = 0; i < unit.length; i++) {
            if (taken[i] || unit[i] == null) continue;
            maxSimilarity[i] = Math.max(maxSimilarity[i], Vectors.dot(unit[i], unit[picked]));
        }
    }

    private static double[] normalisedScores(List<ScoredChunk> ranked) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (ScoredChunk c : ranked) {
            min = Math.min(min, c.score());
            max = Math.max(max, c.score());
        }
        double[] out = new double[ranked.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = max > min ? (ranked.get(i).score() - min) / (max - min) : 1.0;
        }
        return out;
    }

    /** Copies normalised to unit length: stored vectors should be, but a cosine must not depend on it. */
    private static float[][] unitVectors(List<ScoredChunk> ranked) {
        float[][] out = new float[ranked.size()][];
        for (int i = 0; i < out.length; i++) {
            float[] v = ranked.get(i).vector();
            if (v != null) out[i] = Vectors.normalise(v.clone());
        }
        return out;
    }
}
