package dev.gantry.rag.eval;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Relevance judgements: per query, the graded relevance of the documents judged (0 = judged not relevant).
 * Built by {@link BeirFiles#readQrels} or by hand in tests.
 */
public final class Qrels {
    private final Map<String, Map<String, Integer>> byQuery = new LinkedHashMap<>();
    private int judgements;

    /** Records one judgement; a repeated (query, document) pair keeps the last grade. */
    public Qrels add(String queryId, String documentId, int relevance) {
        Integer before = byQuery.computeIfAbsent(queryId, q -> new LinkedHashMap<>()).put(documentId, relevance);
        if (before == null) judgements++;
        return this;
    }

    /** Document id to grade for the query; empty when it has no judgements. */
    public Map<String, Integer> of(String queryId) {
        return Collections.unmodifiableMap(byQuery.getOrDefault(queryId, Map.of()));
    }

    /** Queries with at least one judgement, in file order. */
    public Set<String> queryIds() {
        return Collections.unmodifiableSet(byQuery.keySet());
    }

    /** Distinct (query, document) pairs. */
    public int size() {
        return judgements;
    }

    public boolean hasRelevant(String queryId) {
        return of(queryId).values().stream().anyMatch(g -> g > 0);
    }
}
