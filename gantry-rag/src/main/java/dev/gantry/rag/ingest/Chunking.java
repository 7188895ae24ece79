package dev.gantry.rag.ingest;

import dev.gantry.core.rag.Chunk;
import dev.gantry.core.rag.CollectionInfo;
import java.util.List;
import java.util.Map;

/** Splits a document's text into chunks with the collection's sizes (the structure-aware chunker by default). */
public interface Chunking {
    List<Chunk> chunk(CollectionInfo collection, String documentId, String text, Map<String, String> metadata);
}
