package dev.gantry.rag.eval;

import java.util.Map;

/** One line of a BEIR corpus.jsonl. {@code title} is empty when the line has none. */
public record BeirDocument(String id, String title, String text, Map<String, String> metadata) {
    public BeirDocument {
        metadata = Map.copyOf(metadata);
    }
}
