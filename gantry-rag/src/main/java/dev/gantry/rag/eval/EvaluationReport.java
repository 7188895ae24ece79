package dev.gantry.rag.eval;

import java.util.List;

/** Mean metrics over the evaluated queries, and each query's own values (in qrels order). */
public record EvaluationReport(int queries, double ndcgAt10, double recallAt100, double mrrAt10,
                               List<QueryMetrics> perQuery) {
    public EvaluationReport {
        perQuery = List.copyOf(perQuery);
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "%d queries: nDCG@10 %.4f, recall@100 %.4f, MRR@10 %.4f",
                queries, ndcgAt10, recallAt100, mrrAt10);
    }
}
