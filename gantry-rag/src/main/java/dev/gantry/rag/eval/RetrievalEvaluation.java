package dev.gantry.rag.eval;

import dev.gantry.core.error.GantryException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Runs every query that has a relevant judgement through a search and averages nDCG@10, recall@100 and
 * MRR@10 (BEIR's headline figures). Queries whose judgements are all 0 are left out, as their metrics are
 * undefined. The search should return at least 100 documents for recall@100 to mean what it says.
 */
public final class RetrievalEvaluation {
    public static final int NDCG_K = 10;
    public static final int RECALL_K = 100;
    public static final int MRR_K = 10;

    private RetrievalEvaluation() {
    }

    /**
     * @param search a query (search its text) to document ids, best first (see {@link RetrievalMetrics#documentRanking})
     * @throws GantryException when a judged query has no text in {@code queries} (mismatched files)
     */
    public static EvaluationReport evaluate(List<BeirQuery> queries, Qrels qrels, Function<BeirQuery, List<String>> search) {
        Map<String, BeirQuery> byId = new HashMap<>();
        for (BeirQuery q : queries) byId.put(q.id(), q);
        List<QueryMetrics> perQuery = new ArrayList<>();
        for (String queryId : qrels.queryIds()) {
            if (!qrels.hasRelevant(queryId)) continue;
            BeirQuery query = byId.get(queryId);
            if (query == null) {
                throw GantryException.invalid(null, "query '" + queryId + "' is judged in the qrels but missing from "
                        + "the queries; use the queries file of the same data set");
            }
            perQuery.add(measure(queryId, search.apply(query), qrels.of(queryId)));
        }
        return summarise(perQuery);
    }

    private static QueryMetrics measure(String queryId, List<String> ranking, Map<String, Integer> grades) {
        return new QueryMetrics(queryId, RetrievalMetrics.ndcg(ranking, grades, NDCG_K),
                RetrievalMetrics.recall(ranking, grades, RECALL_K),
                RetrievalMetrics.reciprocalRank(ranking, grades, MRR_K));
    }

    private static EvaluationReport summarise(List<QueryMetrics> perQuery) {
        int n = perQuery.size();
        if (n == 0) return new EvaluationReport(0, 0, 0, 0, perQuery);
        return new EvaluationReport(n,
                perQuery.stream().mapToDouble(QueryMetrics::ndcgAt10).sum() / n,
                perQuery.stream().mapToDouble(QueryMetrics::recallAt100).sum() / n,
                perQuery.stream().mapToDouble(QueryMetrics::mrrAt10).sum() / n,
                perQuery);
    }
}
