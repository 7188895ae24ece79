package dev.gantry.core.rag;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The port for one collection's chunks: text (BM25), vectors and metadata in one place. Implementations let
 * readers search while a writer ingests; every {@link #replaceDocument} is atomic (searches see all of the
 * document's new chunks or none) and durable after the next {@link #commit} (a crash never leaves half a
 * document). Lucene is the embedded default; pgvector follows.
 */
public interface VectorIndex extends AutoCloseable {
    int dimensions();

    /** Replaces all chunks of {@code doc.id()} (none before is fine) with {@code chunks}, atomically. */
    void replaceDocument(DocumentInfo doc, List<IndexedChunk> chunks);

    /** Makes every change so far durable and visible to searches; callers commit per batch, not per document. */
    void commit();

    /** Removes the document and all its chunks; false when there was none. */
    boolean deleteDocument(String documentId);

    Optional<DocumentInfo> document(String documentId);

    /** Documents in id order, {@code limit} at most, after {@code afterId} (null: from the start). */
    List<DocumentInfo> documents(String afterId, int limit);

    /** Stored vectors of the document's chunks by text hash, so an update re-embeds only what changed. */
    Map<String, float[]> vectorsByTextHash(String documentId);

    /** BM25 over chunk text (and heading path); best first. */
    List<ScoredChunk> searchText(String query, Filter filter, int k);

    /** Nearest chunks by cosine similarity (vectors are stored normalised); best first. */
    List<ScoredChunk> searchVector(float[] query, Filter filter, int k);

    /** Metadata field names present in the index: a filter on any other field is an error. */
    Set<String> metadataFields();

    IndexStats stats();

    @Override
    void close();
}
