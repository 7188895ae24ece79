package dev.gantry.core.cache;

import java.time.Duration;
import java.util.Optional;

/**
 * Answers kept for identical requests. Keys are opaque digests the gateway computes (tenant, alias and the
 * canonical request); implementations only store and expire. In process by default (Caffeine); the port is what a
 * Redis adapter implements for a fleet. Thread-safe.
 */
public interface ResponseCache {
    /** Caches nothing. */
    ResponseCache NONE = new ResponseCache() {
        @Override
        public Optional<CachedAnswer> get(String key) {
            return Optional.empty();
        }

        @Override
        public void put(String key, CachedAnswer answer, Duration ttl) {
        }
    };

    /** The live answer under {@code key}; empty when absent or expired. */
    Optional<CachedAnswer> get(String key);

    /** Keeps {@code answer} under {@code key} for {@code ttl} (replacing any older one); may evict to stay bounded. */
    void put(String key, CachedAnswer answer, Duration ttl);
}
