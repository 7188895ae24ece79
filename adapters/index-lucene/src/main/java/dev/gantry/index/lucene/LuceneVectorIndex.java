package dev.gantry.index.lucene;

import dev.gantry.core.error.ErrorKind;
import dev.gantry.core.error.GantryException;
import dev.gantry.core.rag.DocumentInfo;
import dev.gantry.core.rag.Filter;
import dev.gantry.core.rag.IndexStats;
import dev.gantry.core.rag.IndexedChunk;
import dev.gantry.core.rag.ScoredChunk;
import dev.gantry.core.rag.VectorIndex;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.ConcurrentMergeScheduler;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.AlreadyClosedException;

/**
 * One collection's {@link VectorIndex} in a Lucene index: a document per chunk (BM25 text, HNSW vector,
 * metadata) plus a document per {@link DocumentInfo}, each document's block written with one
 * {@code updateDocuments} call, so a replace is atomic for readers and for crash recovery.
 *
 * <p>Readers are never blocked by the writer: searches use near-real-time searchers from a {@code
 * SearcherManager}, refreshed after every {@link #commit} and in the background at most every
 * {@link LuceneIndexOptions#refreshInterval()}, so uncommitted changes may become visible before they are durable.
 * {@link #close} discards uncommitted changes, as a crash would. Obtain instances from
 * {@link LuceneVectorIndexStore#open}: the store keeps one instance per collection, and closing it closes it for
 * every holder.
 */
public final class LuceneVectorIndex implements VectorIndex {
    private static final System.Logger LOG = System.getLogger(LuceneVectorIndex.class.getName());

    private final String collection;
    private final Path path;
    private final int dimensions;
    private final IndexHandle handle;
    private final IndexReads reads;
    private final Analyzer queryAnalyzer = TextQueries.analyzer();
    private final AtomicBoolean closed = new AtomicBoolean();
    private final ScheduledFuture<?> refresh;
    private final Consumer<LuceneVectorIndex> onClose;

    LuceneVectorIndex(String collection, Path path, int dimensions, LuceneIndexOptions options,
                      ScheduledExecutorService refresher, Consumer<LuceneVectorIndex> onClose) {
        this.collection = collection;
        this.path = path;
        this.dimensions = dimensions;
        this.handle = IndexHandle.open(collection, path, dimensions, options);
        this.reads = new IndexReads(handle.directory(), options.vectorFormat().candidateFactor());
        this.onClose = onClose;
        long everyMs = options.refreshInterval().toMillis();
        this.refresh = refresher.scheduleWithFixedDelay(this::refreshQuietly, everyMs, everyMs, TimeUnit.MILLISECONDS);
    }

    public String collection() {
        return collection;
    }

    @Override
    public int dimensions() {
        return dimensions;
    }

    @Override
    public void replaceDocument(DocumentInfo doc, List<IndexedChunk> chunks) {
        var block = DocumentBlock.of(doc, chunks, dimensions);
        try {
            handle.writer().updateDocuments(idTerm(doc.id()), block);
        } catch (IllegalArgumentException e) {
            throw new GantryException(ErrorKind.INVALID_REQUEST, "document '" + doc.id() + "' breaks one of "
                    + "Lucene's limits on a field value; check its metadata values and chunk sizes", "documents", null, e);
        } catch (IOException | RuntimeException e) {
            throw failure("write document '" + doc.id() + "' to", e);
        }
    }

    @Override
    public void commit() {
        try {
            handle.writer().commit();
            handle.searchers().maybeRefreshBlocking();
        } catch (IOException | RuntimeException e) {
            throw failure("commit", e);
        }
    }

    @Override
    public boolean deleteDocument(String documentId) {
        try {
            handle.searchers().maybeRefreshBlocking(); // the document may exist only in uncommitted changes
            boolean exists = search(s -> reads.exists(s, documentId));
            if (exists) handle.writer().deleteDocuments(idTerm(documentId));
            return exists;
        } catch (IOException | RuntimeException e) {
            throw failure("delete document '" + documentId + "' from", e);
        }
    }

    @Override
    public Optional<DocumentInfo> document(String documentId) {
        return search(s -> reads.document(s, documentId));
    }

    @Override
    public List<DocumentInfo> documents(String afterId, int limit) {
        return search(s -> reads.documents(s, afterId, limit));
    }

    @Override
    public Map<String, float[]> vectorsByTextHash(String documentId) {
        return search(s -> reads.vectorsByTextHash(s, documentId));
    }

    @Override
    public List<ScoredChunk> searchText(String query, Filter filter, int k) {
        var filterQuery = FilterQueries.of(filter); // a bad filter fails even when the text has no terms
        var textQuery = TextQueries.of(queryAnalyzer, query);
        if (textQuery == null || k <= 0) return List.of();
        return search(s -> reads.searchText(s, textQuery, filterQuery, k));
    }

    @Override
    public List<ScoredChunk> searchVector(float[] query, Filter filter, int k) {
        float[] unit = UnitVectors.normalisedCopy(query, dimensions, "the query");
        var filterQuery = FilterQueries.of(filter);
        if (k <= 0) return List.of();
        return search(s -> reads.searchVector(s, unit, filterQuery, k));
    }

    @Override
    public Set<String> metadataFields() {
        return search(reads::metadataFields);
    }

    @Override
    public IndexStats stats() {
        return search(reads::stats);
    }

    /**
     * Runs every merge the merge policy asks for and waits for them, then commits: after a bulk ingest, fewer and
     * larger segments mean fewer HNSW graphs to search per query. Searches go on meanwhile.
     */
    public void mergeAndWait() {
        try {
            IndexWriter writer = handle.writer();
            do {
                writer.maybeMerge();
                if (writer.getConfig().getMergeScheduler() instanceof ConcurrentMergeScheduler merges) merges.sync();
            } while (writer.hasPendingMerges());
        } catch (IOException | RuntimeException e) {
            throw failure("merge", e);
        }
        commit();
    }

    /** Segments the searchers currently see (each holds its own HNSW graph). */
    public int segmentCount() {
        return search(s -> s.getIndexReader().leaves().size());
    }

    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) return;
        refresh.cancel(false);
        try {
            handle.rollbackAndClose();
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "closing the index of collection '" + collection + "' at " + path
                    + " failed; uncommitted changes are lost, committed ones are safe", e);
        } finally {
            onClose.accept(this);
        }
    }

    private void refreshQuietly() {
        if (closed.get()) return;
        try {
            handle.searchers().maybeRefresh();
        } catch (AlreadyClosedException e) {
            // closing: nothing left to refresh
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "background refresh of collection '" + collection + "' failed; searches see "
                    + "older data until the next commit", e);
        }
    }

    @FunctionalInterface
    private interface SearcherWork<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    private <T> T search(SearcherWork<T> work) {
        IndexSearcher searcher;
        try {
            searcher = handle.searchers().acquire();
        } catch (AlreadyClosedException e) {
            throw IndexFailures.closed(collection, e);
        } catch (IOException e) {
            throw failure("read", e);
        }
        try {
            return work.apply(searcher);
        } catch (IOException | AlreadyClosedException e) {
            throw failure("read", e);
        } finally {
            releaseQuietly(searcher);
        }
    }

    private void releaseQuietly(IndexSearcher searcher) {
        try {
            handle.searchers().release(searcher);
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "releasing a searcher of collection '" + collection + "' failed", e);
        }
    }

    private GantryException failure(String action, Exception e) {
        if (e instanceof GantryException g) return g;
        if (closed.get() || e instanceof AlreadyClosedException) return IndexFailures.closed(collection, e);
        return IndexFailures.io(action, collection, path, e);
    }

    private static Term idTerm(String documentId) {
        return new Term(IndexFields.DOC_ID, documentId);
    }
}
