package dev.gantry.gateway;

import dev.gantry.core.cache.CachedAnswer;
import dev.gantry.core.cache.SemanticCache;
import dev.gantry.core.cache.SemanticMatch;
import dev.gantry.core.chat.ChatRequest;
import dev.gantry.gateway.cache.CacheKeys;
import dev.gantry.gateway.cache.DetailCheck;
import dev.gantry.gateway.cache.QueryVectors;
import dev.gantry.gateway.cache.SemanticRequests;
import dev.gantry.gateway.route.SemanticPolicy;

/**
 * The semantic cache as the chat use case sees it: whether a request takes part (a {@link Probe}), a lookup after an
 * exact miss, and the store of a fresh answer. An embedding failure never fails a request: it bypasses the cache.
 */
public final class SemanticCaching {
    /** Without a semantic cache: every probe is null. */
    public static final SemanticCaching NONE = new SemanticCaching(SemanticCache.NONE, null);

    private final SemanticCache cache;
    private final QueryVectors vectors;

    public SemanticCaching(SemanticCache cache, QueryVectors vectors) {
        this.cache = cache;
        this.vectors = vectors;
    }

    /** A request's scope, compared text and its vector, with the route's threshold. */
    record Probe(String scope, String text, float[] vector, double threshold) {
    }

    /** The probe of a request to an alias with a semantic cache, or null when it bypasses it. */
    Probe probe(Pipeline.Entry entry, ChatRequest request) {
        SemanticPolicy policy = entry.route().semantic();
        if (vectors == null || !entry.route().semanticallyCached()) return null;
        String text = SemanticRequests.comparedText(request, policy);
        if (text == null) return null;
        try {
            String tenant = (entry.key() == null ? "-" : "key:" + entry.key().name()) + "\0" + vectors.model();
            return new Probe(CacheKeys.context(tenant, request), text, vectors.of(text), policy.threshold());
        } catch (RuntimeException e) {
            System.getLogger("dev.gantry.gateway").log(System.Logger.Level.WARNING,
                    "semantic cache bypassed: embedding the latest user turn failed", e);
            return null;
        }
    }

    /** The most similar answer above the threshold, unless its text differs in a detail that changes answers. */
    SemanticMatch find(Probe p) {
        SemanticMatch m = cache.find(p.scope(), p.vector(), p.threshold()).orElse(null);
        return m == null || !DetailCheck.sameDetails(p.text(), m.text()) ? null : m;
    }

    void store(Probe p, CachedAnswer answer, java.time.Duration ttl) {
        cache.put(p.scope(), p.vector(), p.text(), answer, ttl);
    }
}
