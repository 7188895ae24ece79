package dev.gantry.rag.retrieve;

/**
 * Where a search spent its time, in microseconds; a stage that did not run is 0.
 *
 * @param embedMicros     embedding the query
 * @param textMicros      BM25 search
 * @param vectorMicros    kNN search
 * @param fuseMicros      reciprocal-rank fusion
 * @param rerankMicros    the reranker call
 * @param mmrMicros       maximal marginal relevance selection
 * @param citationMicros  looking up the documents' titles and sources
 * @param totalMicros     the whole search, validation included
 */
public record StageTimings(long embedMicros, long textMicros, long vectorMicros, long fuseMicros, long rerankMicros,
                           long mmrMicros, long citationMicros, long totalMicros) {
}
