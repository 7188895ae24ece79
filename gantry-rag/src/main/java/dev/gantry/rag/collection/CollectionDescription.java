package dev.gantry.rag.collection;

import dev.gantry.core.rag.CollectionInfo;
import dev.gantry.core.rag.IndexStats;
import java.util.Set;

/** A collection with its counts, size on disk and the metadata fields its documents carry. */
public record CollectionDescription(CollectionInfo info, IndexStats stats, Set<String> metadataFields) {
}
