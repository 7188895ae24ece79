package dev.gantry.rag.embed;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.ArrayList;
import java.util.List;

/**
 * Remembers document vectors by the text's hash (SHA-256), so re-ingesting a document embeds only what changed
 * and texts repeated across documents are embedded once. Bounded by entry count (a 384-d vector is 1.5 KB).
 * Query vectors live in a separate, smaller cache: asymmetric models embed a query differently from the same
 * text as a document, and repeated questions (retries, a chat bound to a collection) skip the model.
 */
public final class CachingEmbedder implements Embedder {
    private final Embedder inner;
    private static final long QUERY_ENTRIES = 10_000;
    private final Cache<String, float[]> cache;
    private final Cache<String, float[]> queries = Caffeine.newBuilder().maximumSize(QUERY_ENTRIES).build();

    public CachingEmbedder(Embedder inner, long maxEntries) {
        this.inner = inner;
        this.cache = Caffeine.newBuilder().maximumSize(maxEntries).build();
    }

    @Override
    public String model() {
        return inner.model();
    }

    @Override
    public int dimensions() {
        return inner.dimensions();
    }

    @Override
    public List<float[]> embedDocuments(List<String> texts) {
        float[][] out = new float[texts.size()][];
        List<String> missing = new ArrayList<>();
        List<Integer> where = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            out[i] = cache.getIfPresent(TextHash.of(texts.get(i)));
            if (out[i] == null) {
                missing.add(texts.get(i));
                where.add(i);
            }
        }
        if (!missing.isEmpty()) {
            List<float[]> fresh = inner.embedDocuments(missing);
            for (int j = 0; j < fresh.size(); j++) {
                out[where.get(j)] = fresh.get(j);
                cache.put(TextHash.of(missing.get(j)), fresh.get(j));
            }
        }
        return List.of(out);
    }

    /** Seeds the cache with vectors already stored for these text hashes (from the index). */
    public void remember(java.util.Map<String, float[]> vectorsByTextHash) {
        cache.putAll(vectorsByTextHash);
    }

    @Override
    public float[] embedQuery(String text) {
        return queries.get(TextHash.of(text), h -> inner.embedQuery(text)).clone();
    }
}
