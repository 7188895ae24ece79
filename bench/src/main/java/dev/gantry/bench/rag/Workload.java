package dev.gantry.bench.rag;

import dev.gantry.core.rag.Filter;
import dev.gantry.core.rag.ScoredChunk;
import dev.gantry.core.rag.VectorIndex;
import dev.gantry.rag.retrieve.Fusion;
import java.util.List;

/** The searches measured, as a retriever runs them. */
enum Workload {
    /** BM25, top 10. */
    BM25,
    /** Dense kNN, top 10. */
    KNN,
    /** BM25 top 50 and kNN top 50, fused by reciprocal rank to 10. */
    HYBRID,
    /** HYBRID with the filter lang = en (40 % of the chunks) on both searches. */
    HYBRID_FILTERED;

    static final int K = 10;
    static final int CANDIDATES = 50;
    private static final Filter ENGLISH = new Filter(List.of(new Filter.Condition("lang", Filter.Op.EQ, List.of("en"))));
    private static final double[] EQUAL_WEIGHTS = {1, 1};

    List<ScoredChunk> run(VectorIndex index, SyntheticCorpus.Query q) {
        return switch (this) {
            case BM25 -> index.searchText(q.text(), Filter.NONE, K);
            case KNN -> index.searchVector(q.vector(), Filter.NONE, K);
            case HYBRID -> hybrid(index, q, Filter.NONE);
            case HYBRID_FILTERED -> hybrid(index, q, ENGLISH);
        };
    }

    private static List<ScoredChunk> hybrid(VectorIndex index, SyntheticCorpus.Query q, Filter filter) {
        List<ScoredChunk> text = index.searchText(q.text(), filter, CANDIDATES);
        List<ScoredChunk> dense = index.searchVector(q.vector(), filter, CANDIDATES);
        return Fusion.reciprocalRank(List.of(text, dense), EQUAL_WEIGHTS, Fusion.DEFAULT_K, K);
    }
}
