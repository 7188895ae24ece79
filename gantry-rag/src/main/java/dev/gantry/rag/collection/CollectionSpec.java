package dev.gantry.rag.collection;

/**
 * What a caller asks for when creating a collection; null fields take the defaults.
 *
 * @param embeddingModel "local/<id>" for an in-process model, or a gateway model such as "oai/text-embedding-3-small"
 */
public record CollectionSpec(String name, String embeddingModel, Integer chunkTokens, Integer overlapTokens) {
    public static final int DEFAULT_CHUNK_TOKENS = 256;
    public static final int DEFAULT_OVERLAP_TOKENS = 32;
}
