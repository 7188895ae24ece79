package dev.gantry.rag.retrieve;

import dev.gantry.core.rag.Chunk;

/**
 * One result of a search.
 *
 * @param rank  position from 1
 * @param score the score of the last stage that ranked it: BM25 or cosine in a single-method search, the fused
 *              score in hybrid, the reranker's score when reranked (MMR reorders but keeps these scores)
 */
public record SearchHit(int rank, Chunk chunk, double score, Citation citation) {
}
