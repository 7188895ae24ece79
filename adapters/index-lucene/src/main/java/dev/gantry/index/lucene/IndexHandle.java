package dev.gantry.index.lucene;

import dev.gantry.core.error.GantryException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;

/**
 * The Lucene objects behind one open collection: directory, writer and the near-real-time searcher manager fed
 * by the writer. The vector dimension is written into every commit's user data, so reopening with another
 * dimension fails before anything is written.
 */
record IndexHandle(Directory directory, IndexWriter writer, SearcherManager searchers) {
    static final String DIMENSIONS_KEY = "gantry.dimensions";
    static final String SCHEMA_KEY = "gantry.schema";
    static final String SCHEMA_VERSION = "1";

    static IndexHandle open(String collection, Path path, int dimensions, LuceneIndexOptions options) {
        Directory directory = null;
        IndexWriter writer = null;
        try {
            Files.createDirectories(path);
            directory = FSDirectory.open(path);
            requireDimensions(collection, directory, dimensions);
            writer = new IndexWriter(directory, config(options));
            writer.setLiveCommitData(Map.of(DIMENSIONS_KEY, Integer.toString(dimensions),
                    SCHEMA_KEY, SCHEMA_VERSION).entrySet());
            if (!DirectoryReader.indexExists(directory)) writer.commit(); // the collection exists from now on
            return new IndexHandle(directory, writer, new SearcherManager(writer, true, false, SEARCHERS));
        } catch (GantryException e) {
            closeQuietly(writer, directory, e);
            throw e;
        } catch (LockObtainFailedException e) {
            closeQuietly(writer, directory, e);
            throw IndexFailures.locked(collection, path, e);
        } catch (IOException | RuntimeException e) {
            closeQuietly(writer, directory, e);
            throw IndexFailures.io("open", collection, path, e);
        }
    }

    private static final SearcherFactory SEARCHERS = new SearcherFactory() {
        @Override
        public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) {
            IndexSearcher searcher = new IndexSearcher(reader);
            searcher.setSimilarity(TextQueries.SIMILARITY);
            return searcher;
        }
    };

    private static IndexWriterConfig config(LuceneIndexOptions options) {
        return new IndexWriterConfig(TextQueries.analyzer())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setSimilarity(TextQueries.SIMILARITY)
                .setCodec(new VectorFormatCodec(options))
                .setRAMBufferSizeMB(options.ramBufferMb())
                // durability is commit's promise alone: closing discards what was not committed, like a crash
                .setCommitOnClose(false);
    }

    private static void requireDimensions(String collection, Directory directory, int dimensions) throws IOException {
        if (!DirectoryReader.indexExists(directory)) return;
        String stored = SegmentInfos.readLatestCommit(directory).getUserData().get(DIMENSIONS_KEY);
        if (stored != null && Integer.parseInt(stored) != dimensions) {
            throw IndexFailures.otherDimensions(collection, Integer.parseInt(stored), dimensions);
        }
    }

    private static void closeQuietly(IndexWriter writer, Directory directory, Exception failure) {
        try {
            if (writer != null) writer.rollback();
            if (directory != null) directory.close();
        } catch (IOException | RuntimeException e) {
            failure.addSuppressed(e);
        }
    }

    /** Closes without committing: changes since the last commit are discarded. */
    void rollbackAndClose() throws IOException {
        try {
            searchers.close();
        } finally {
            try {
                writer.rollback();
            } finally {
                directory.close();
            }
        }
    }
}
