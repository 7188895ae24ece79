package dev.gantry.rag.eval;

/** The metrics of one query. */
public record QueryMetrics(String queryId, double ndcgAt10, double recallAt100, double mrrAt10) {
}
