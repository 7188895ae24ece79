package dev.gantry.rag.embed;

/** Finds the embedder for a model id; unknown ids fail with a GantryException naming the choices. */
public interface EmbedderResolver {
    Embedder resolve(String model);

    /** The model new collections get when none is named. */
    String defaultModel();
}
