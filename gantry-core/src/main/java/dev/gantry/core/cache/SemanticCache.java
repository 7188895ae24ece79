package dev.gantry.core.cache;

import java.time.Duration;
import java.util.Optional;

/**
 * Answers kept for requests that differ only in the wording of their latest user turn. The gateway partitions them
 * by a scope (a digest of the tenant and everything else that shapes the answer: earlier turns, system prompt, tools,
 * alias, parameters) and compares unit-length vectors of the latest user turn inside one scope only, so a near
 * neighbour from another conversation, tenant or parameter set can never be served. In process by default; the port
 * is what a Redis adapter implements for a fleet. Thread-safe.
 */
public interface SemanticCache {
    /** Caches nothing. */
    SemanticCache NONE = new SemanticCache() {
        @Override
        public Optional<SemanticMatch> find(String scope, float[] vector, double minSimilarity) {
            return Optional.empty();
        }

        @Override
        public void put(String scope, float[] vector, String text, CachedAnswer answer, Duration ttl) {
        }
    };

    /**
     * The live answer in {@code scope} whose vector is most similar to {@code vector} (cosine; both unit length),
     * if that similarity is at least {@code minSimilarity}; empty otherwise.
     */
    Optional<SemanticMatch> find(String scope, float[] vector, double minSimilarity);

    /**
     * Keeps {@code answer} under {@code vector} in {@code scope} for {@code ttl}; may evict to stay bounded.
     *
     * @param text the user turn embedded, returned with a match so the gateway can compare details
     */
    void put(String scope, float[] vector, String text, CachedAnswer answer, Duration ttl);
}
