package dev.gantry.core.rag;

import java.time.Instant;
import java.util.Map;

/**
 * What the index knows about one document.
 *
 * @param id          caller-chosen or derived (file path, BEIR {@code _id}); unique within a collection
 * @param source      where it came from: a file path, "text", or "jsonl:FILE"
 * @param contentHash SHA-256 of the extracted text plus metadata: re-ingesting the same content is a no-op
 */
public record DocumentInfo(String id, String title, String source, String contentHash, Map<String, String> metadata,
                           int chunkCount, long textLength, Instant ingestedAt) {
    public DocumentInfo {
        metadata = Map.copyOf(metadata);
    }
}
