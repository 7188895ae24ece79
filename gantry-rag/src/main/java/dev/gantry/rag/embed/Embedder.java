package dev.gantry.rag.embed;

import java.util.List;

/**
 * One embedding model as RAG uses it: documents and queries may be embedded differently (some models want an
 * instruction before queries), and a collection keeps to one model for both.
 */
public interface Embedder {
    /** The id recorded on the collection, e.g. "local/all-minilm-l6-v2-q" or "oai/text-embedding-3-small". */
    String model();

    int dimensions();

    /** One L2-normalised vector per text, in order. */
    List<float[]> embedDocuments(List<String> texts);

    float[] embedQuery(String text);
}
