package dev.gantry.core.rag;

import java.time.Instant;

/**
 * A named set of documents and the embedding model it was built with: every query of the collection is
 * embedded by the same model (a collection never mixes models).
 *
 * @param embeddingModel "local/<model id>" for in-process models, or a gateway alias such as "oai/text-embedding-3-small"
 * @param chunkTokens    target chunk size in tokens
 * @param overlapTokens  tokens repeated between neighbouring chunks
 */
public record CollectionInfo(String name, String embeddingModel, int dimensions, int chunkTokens, int overlapTokens,
                             Instant createdAt) {
}
