package dev.gantry.gateway;

import dev.gantry.core.cache.CachedAnswer;

/**
 * The response cache's part of one request: its exact key and semantic probe (null when not used), and the answer
 * they found, if any.
 *
 * @param similarity a semantic hit's similarity; null for an exact hit or a miss
 */
record CacheLookup(String key, SemanticCaching.Probe probe, CachedAnswer hit, Double similarity) {
    static final CacheLookup NONE = new CacheLookup(null, null, null, null);

    boolean cached() {
        return key != null;
    }
}
