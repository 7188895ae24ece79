package dev.gantry.core.rag;

/**
 * A search hit. {@code vector} is the chunk's stored embedding (for MMR); {@code score} is the score of the
 * method that produced the hit (BM25, cosine similarity in [0,1], or a fused score).
 */
public record ScoredChunk(Chunk chunk, double score, float[] vector) {
    public ScoredChunk withScore(double newScore) {
        return new ScoredChunk(chunk, newScore, vector);
    }
}
