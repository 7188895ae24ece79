package dev.gantry.gateway.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Vectors of recent latest user turns, so a text asked again (a retry, a popular question, a lookup followed by the
 * store of its miss) is embedded once. Bounded by count: a 384-d vector and its text are about 2 KB.
 */
public final class QueryVectors {
    private final QueryEmbedder embedder;
    private final Cache<String, float[]> recent;

    public QueryVectors(QueryEmbedder embedder, int maxTexts) {
        this.embedder = embedder;
        this.recent = Caffeine.newBuilder().maximumSize(maxTexts).executor(Runnable::run).build();
    }

    public String model() {
        return embedder.model();
    }

    /** The vector of {@code text}; callers must not change it. */
    public float[] of(String text) {
        return recent.get(text, embedder::embed);
    }
}
