package dev.gantry.workflows.engine;

import java.util.List;

/** Search for retrieve steps; the server adapts its RAG engine (hybrid BM25 + vectors) to it. */
@FunctionalInterface
public interface Retrieval {
    /** The best {@code topK} passages of {@code collection} for {@code query}, best first. */
    List<Passage> search(String collection, String query, int topK);

    /** One passage as it lands in state. */
    record Passage(String text, String documentId, String chunkId, double score) {
    }

    Retrieval NONE = (collection, query, topK) -> {
        throw new StepFailure("no retrieval is configured; retrieve steps need the RAG engine", false);
    };
}
