package dev.gantry.rag.retrieve;

/**
 * Embeds a search query with the collection's model (for asymmetric models, with the query instruction or
 * input type), returning an L2-normalised vector of the index's dimensions.
 */
@FunctionalInterface
public interface QueryEmbedder {
    float[] embed(String query);
}
