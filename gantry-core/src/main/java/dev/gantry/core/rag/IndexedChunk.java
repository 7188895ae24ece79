package dev.gantry.core.rag;

/** A chunk with its embedding and the hash of its text (the embedding cache key). */
public record IndexedChunk(Chunk chunk, float[] vector, String textHash) {
}
