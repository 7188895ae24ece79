package dev.gantry.rag.collection;

import dev.gantry.core.error.ErrorKind;
import dev.gantry.core.error.GantryException;
import dev.gantry.core.rag.CollectionInfo;
import dev.gantry.core.rag.CollectionStore;
import dev.gantry.core.rag.VectorIndex;
import dev.gantry.core.rag.VectorIndexStore;
import dev.gantry.rag.embed.CachingEmbedder;
import dev.gantry.rag.embed.Embedder;
import dev.gantry.rag.embed.EmbedderResolver;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The collection use cases: create (the embedding model is fixed here, once), list, describe, delete; and the
 * open index and embedder of each collection, kept for the life of the process.
 */
public final class RagCollections implements AutoCloseable {
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9_-]{0,63}");
    private static final long EMBEDDING_CACHE_ENTRIES = 50_000;

    private final CollectionStore store;
    private final VectorIndexStore indexes;
    private final EmbedderResolver embedders;
    private final Clock clock;
    private final Map<String, VectorIndex> open = new ConcurrentHashMap<>();
    private final Map<String, CachingEmbedder> embedderByModel = new ConcurrentHashMap<>();

    public RagCollections(CollectionStore store, VectorIndexStore indexes, EmbedderResolver embedders, Clock clock) {
        this.store = store;
        this.indexes = indexes;
        this.embedders = embedders;
        this.clock = clock;
    }

    public CollectionInfo create(CollectionSpec spec) {
        String name = checkName(spec.name());
        String model = spec.embeddingModel() == null || spec.embeddingModel().isBlank() ? embedders.defaultModel() : spec.embeddingModel();
        int size = spec.chunkTokens() == null ? CollectionSpec.DEFAULT_CHUNK_TOKENS : spec.chunkTokens();
        int overlap = spec.overlapTokens() == null ? Math.min(CollectionSpec.DEFAULT_OVERLAP_TOKENS, size / 4) : spec.overlapTokens();
        if (size < 32 || size > 8192) throw GantryException.invalid("chunk_tokens", "chunk_tokens is " + size + "; use 32 to 8192 (default 256)");
        if (overlap < 0 || overlap > size / 2) {
            throw GantryException.invalid("overlap_tokens", "overlap_tokens is " + overlap + "; use 0 to half of chunk_tokens (" + size / 2 + ")");
        }
        Embedder embedder = embedder(model);
        CollectionInfo info = new CollectionInfo(name, embedder.model(), embedder.dimensions(), size, overlap,
                clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
        if (!store.create(info)) {
            throw new GantryException(ErrorKind.CONFLICT, "collection '" + name + "' exists already; delete it first or pick another name");
        }
        open.computeIfAbsent(name, n -> indexes.open(n, info.dimensions()));
        return info;
    }

    public List<CollectionInfo> list() {
        return store.list();
    }

    /** @throws GantryException not_found naming the collections that do exist */
    public CollectionInfo get(String name) {
        return store.get(name).orElseThrow(() -> new GantryException(ErrorKind.NOT_FOUND, "collection '" + name
                + "' does not exist; existing: " + names() + ". Create it first (POST /v1/rag/collections or ./gantry ingest)"));
    }

    public CollectionDescription describe(String name) {
        CollectionInfo info = get(name);
        VectorIndex index = index(info);
        return new CollectionDescription(info, index.stats(), index.metadataFields());
    }

    /** Drops the index and the catalogue entry; false when there was no such collection. */
    public boolean delete(String name) {
        if (store.get(name).isEmpty()) return false;
        VectorIndex index = open.remove(name);
        if (index != null) index.close();
        indexes.drop(name);
        return store.delete(name);
    }

    public VectorIndex index(CollectionInfo info) {
        return open.computeIfAbsent(info.name(), n -> indexes.open(n, info.dimensions()));
    }

    /** The collection's embedder: the model it was created with, and only that one. */
    public CachingEmbedder embedder(CollectionInfo info) {
        return embedder(info.embeddingModel());
    }

    private CachingEmbedder embedder(String model) {
        return embedderByModel.computeIfAbsent(model, m -> new CachingEmbedder(embedders.resolve(m), EMBEDDING_CACHE_ENTRIES));
    }

    private String names() {
        List<String> names = store.list().stream().map(CollectionInfo::name).toList();
        return names.isEmpty() ? "none" : String.join(", ", names);
    }

    private static String checkName(String name) {
        if ("collections".equals(name) || "jobs".equals(name)) {
            throw GantryException.invalid("name", "'" + name + "' is reserved by the RAG API's paths; pick another collection name");
        }
        if (name == null || !NAME.matcher(name).matches()) {
            throw GantryException.invalid("name", "collection name '" + name
                    + "' is not allowed; use 1-64 lowercase letters, digits, '_' or '-', starting with a letter or digit");
        }
        return name;
    }

    @Override
    public void close() {
        open.values().forEach(VectorIndex::close);
        open.clear();
    }
}
