package dev.gantry.core.rag;

import java.util.List;

/**
 * Re-scores candidates against the query (a cross-encoder behind an HTTP endpoint, or nothing). Returns the
 * same chunks, best first, with the reranker's scores; may return fewer than given, never others.
 */
public interface Reranker {
    Reranker NONE = (query, candidates, topN) -> candidates.stream().limit(topN).toList();

    List<ScoredChunk> rerank(String query, List<ScoredChunk> candidates, int topN);
}
