package dev.gantry.core.rag;

import java.util.List;
import java.util.Optional;

/** The catalogue of collections (the documents themselves live in the {@link VectorIndex}). */
public interface CollectionStore {
    /** @return false when a collection of that name exists already */
    boolean create(CollectionInfo collection);

    Optional<CollectionInfo> get(String name);

    /** Every collection, by name. */
    List<CollectionInfo> list();

    boolean delete(String name);
}
