package dev.gantry.rag.retrieve;

import java.util.List;

/** The hits of one search, best first, and the time each stage took. */
public record SearchResult(List<SearchHit> hits, StageTimings timings) {
    public SearchResult {
        hits = List.copyOf(hits);
    }

    public boolean isEmpty() {
        return hits.isEmpty();
    }
}
