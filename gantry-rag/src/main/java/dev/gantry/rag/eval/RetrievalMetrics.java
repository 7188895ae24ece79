package dev.gantry.rag.eval;

import dev.gantry.rag.retrieve.SearchHit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * The BEIR retrieval metrics, as pytrec_eval computes them, over a ranking of DOCUMENT ids (a search returns
 * chunks: {@link #documentRanking} keeps each document at its best rank).
 * <ul>
 *   <li>nDCG@k: DCG = sum over ranks i = 1..k of grade / log2(i + 1), graded gains as judged; divided by the
 *       DCG of the ideal ranking of the judged documents; 0 when no document is relevant.</li>
 *   <li>recall@k: relevant documents (grade > 0) in the top k over all relevant documents.</li>
 *   <li>MRR@k: 1 / rank of the first relevant document in the top k, 0 when none is.</li>
 * </ul>
 */
public final class RetrievalMetrics {
    private RetrievalMetrics() {
    }

    /** Document ids of the hits, best first, each once at its first (best) rank. */
    public static List<String> documentRanking(List<SearchHit> hits) {
        LinkedHashSet<String> ids = new LinkedHashSet<>();
        for (SearchHit h : hits) ids.add(h.chunk().documentId());
        return List.copyOf(ids);
    }

    public static double ndcg(List<String> ranking, Map<String, Integer> grades, int k) {
        double ideal = idealDcg(grades, k);
        return ideal == 0 ? 0 : dcg(distinct(ranking), grades, k) / ideal;
    }

    public static double recall(List<String> ranking, Map<String, Integer> grades, int k) {
        long relevant = grades.values().stream().filter(g -> g > 0).count();
        if (relevant == 0) return 0;
        List<String> top = distinct(ranking);
        long found = top.subList(0, Math.min(k, top.size())).stream().filter(d -> grades.getOrDefault(d, 0) > 0).count();
        return (double) found / relevant;
    }

    public static double reciprocalRank(List<String> ranking, Map<String, Integer> grades, int k) {
        List<String> top = distinct(ranking);
        for (int i = 0; i < Math.min(k, top.size()); i++) {
            if (grades.getOrDefault(top.get(i), 0) > 0) return 1.0 / (i + 1);
        }
        return 0;
    }

    private static double dcg(List<String> ranking, Map<String, Integer> grades, int k) {
        double sum = 0;
        for (int i = 0; i < Math.min(k, ranking.size()); i++) {
            sum += gain(grades.getOrDefault(ranking.get(i), 0), i + 1);
        }
        return sum;
    }

    private static double idealDcg(Map<String, Integer> grades, int k) {
        List<Integer> best = new ArrayList<>(grades.values());
        best.sort(java.util.Comparator.reverseOrder());
        double sum = 0;
        for (int i = 0; i < Math.min(k, best.size()); i++) sum += gain(best.get(i), i + 1);
        return sum;
    }

    /** Negative grades (some qrels mark harmful documents so) gain nothing, as in trec_eval. */
    private static double gain(int grade, int rank) {
        return grade <= 0 ? 0 : grade / log2(rank + 1);
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }

    /** A document counted twice would earn gain twice; a well-behaved ranking is returned unchanged. */
    private static List<String> distinct(List<String> ranking) {
        return ranking.stream().distinct().toList();
    }
}
