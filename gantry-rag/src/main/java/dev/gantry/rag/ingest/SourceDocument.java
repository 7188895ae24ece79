package dev.gantry.rag.ingest;

import java.util.Map;

/**
 * A document ready for chunking: extracted text plus what describes it.
 *
 * @param source where it came from (file path, "text", "jsonl:FILE:LINE"), kept for citations
 */
public record SourceDocument(String id, String title, String text, String source, Map<String, String> metadata) {
    public SourceDocument {
        title = title == null ? "" : title;
        metadata = Map.copyOf(metadata);
    }
}
