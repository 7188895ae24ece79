package dev.gantry.index.lucene;

import dev.gantry.core.error.ErrorKind;
import dev.gantry.core.error.GantryException;
import dev.gantry.core.rag.VectorIndex;
import dev.gantry.core.rag.VectorIndexStore;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/**
 * Lucene indexes under one root directory, one sub-directory per collection (its name escaped by
 * {@link CollectionDirectories}). Keeps one open {@link LuceneVectorIndex} per collection, since Lucene allows one
 * writer per index; one daemon thread refreshes the searchers of all of them.
 */
public final class LuceneVectorIndexStore implements VectorIndexStore {
    private static final System.Logger LOG = System.getLogger(LuceneVectorIndexStore.class.getName());
    /** Prefix of a dropped index awaiting deletion; '.' never starts an escaped collection name. */
    private static final String DROPPED_PREFIX = ".dropped-";

    private final Path root;
    private final LuceneIndexOptions options;
    private final ScheduledExecutorService refresher;
    private final Map<String, LuceneVectorIndex> open = new HashMap<>(); // guarded by this
    private boolean closed; // guarded by this

    public LuceneVectorIndexStore(Path root) {
        this(root, LuceneIndexOptions.DEFAULTS);
    }

    public LuceneVectorIndexStore(Path root, LuceneIndexOptions options) {
        this.root = Objects.requireNonNull(root, "root").toAbsolutePath();
        this.options = Objects.requireNonNull(options, "options");
        try {
            Files.createDirectories(this.root);
        } catch (IOException e) {
            throw new GantryException(ErrorKind.INTERNAL, "could not create the index directory " + this.root
                    + "; check that its parent exists and is writable", e);
        }
        deleteDroppedLeftovers();
        this.refresher = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("gantry-lucene-refresh").daemon().factory());
    }

    public Path root() {
        return root;
    }

    /** Returns the collection's open index, opening (and creating) it when needed. */
    @Override
    public synchronized VectorIndex open(String collection, int dimensions) {
        if (closed) throw new IllegalStateException("this index store is closed");
        requireDimensions(dimensions);
        LuceneVectorIndex index = open.get(collection);
        if (index != null) {
            if (index.dimensions() != dimensions) {
                throw IndexFailures.otherDimensions(collection, index.dimensions(), dimensions);
            }
            return index;
        }
        Path path = CollectionDirectories.resolve(root, collection);
        index = new LuceneVectorIndex(collection, path, dimensions, options, refresher, this::forget);
        open.put(collection, index);
        return index;
    }

    @Override
    public synchronized boolean drop(String collection) {
        Path path = CollectionDirectories.resolve(root, collection);
        LuceneVectorIndex index = open.remove(collection);
        if (index != null) index.close();
        if (!Files.isDirectory(path)) return false;
        try {
            // rename first: a drop cut short leaves a leftover to delete, never a half-deleted index
            Path dropped = root.resolve(DROPPED_PREFIX + path.getFileName() + "-" + System.nanoTime());
            Files.move(path, dropped, StandardCopyOption.ATOMIC_MOVE);
            deleteTree(dropped);
            return true;
        } catch (IOException e) {
            throw IndexFailures.io("delete", collection, path, e);
        }
    }

    @Override
    public synchronized void close() {
        if (closed) return;
        closed = true;
        for (LuceneVectorIndex index : new ArrayList<>(open.values())) index.close();
        open.clear();
        refresher.shutdownNow();
    }

    private synchronized void forget(LuceneVectorIndex index) {
        open.remove(index.collection(), index);
    }

    private static void requireDimensions(int dimensions) {
        if (dimensions < 1 || dimensions > WideVectorsFormat.MAX_DIMENSIONS) {
            throw GantryException.invalid("dimensions", "vector dimensions " + dimensions + " are out of range; "
                    + "this index holds 1 to " + WideVectorsFormat.MAX_DIMENSIONS + " dimensions");
        }
    }

    private void deleteDroppedLeftovers() {
        try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(root, DROPPED_PREFIX + "*")) {
            for (Path p : leftovers) deleteTree(p);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "could not delete dropped indexes under " + root + "; delete the "
                    + DROPPED_PREFIX + "* directories by hand", e);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
