package dev.gantry.core.rag;

/** Opens and drops the per-collection indexes of one storage engine. */
public interface VectorIndexStore extends AutoCloseable {
    /** Opens (creating when absent) the index of {@code collection} for vectors of {@code dimensions}. */
    VectorIndex open(String collection, int dimensions);

    /** Closes and deletes the collection's index; false when there was none. */
    boolean drop(String collection);

    @Override
    void close();
}
