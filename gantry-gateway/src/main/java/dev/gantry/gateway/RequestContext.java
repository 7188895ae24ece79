package dev.gantry.gateway;

import dev.gantry.gateway.cache.CacheDirective;
import java.time.Instant;

/**
 * Who is asking and when. {@code credential} is the raw bearer secret as presented (null when none);
 * it is hashed at once by the authenticator and never logged: {@link #toString()} leaves it out.
 *
 * @param endpoint  "chat", "messages" or "embeddings", for the ledger
 * @param feature   the caller's x-gantry-feature tag, or null
 * @param unguarded the guards' own model calls (the LLM judge): checking them would call the judge again
 * @param cache     what the client lets the response caches do (x-gantry-cache, Cache-Control)
 */
public record RequestContext(String requestId, String credential, String feature, String endpoint,
                             long startNanos, Instant receivedAt, boolean internal, boolean unguarded,
                             CacheDirective cache) {
    public RequestContext {
        if (cache == null) cache = CacheDirective.USE;
    }

    /** The same request with the client's cache directive. */
    public RequestContext withCache(CacheDirective directive) {
        return new RequestContext(requestId, credential, feature, endpoint, startNanos, receivedAt, internal, unguarded,
                directive);
    }

    public static RequestContext of(String requestId, String credential, String feature, String endpoint) {
        return new RequestContext(requestId, credential, feature, endpoint, System.nanoTime(), Instant.now(), false, false, null);
    }

    /**
     * Gantry's own work with no client behind it (background ingestion embedding through a provider): admitted
     * without a key, still routed, limited by the alias, costed and recorded under the feature given.
     */
    public static RequestContext internal(String requestId, String feature, String endpoint) {
        return new RequestContext(requestId, null, feature, endpoint, System.nanoTime(), Instant.now(), true, false, null);
    }

    /** A call the guards make themselves (the LLM judge): internal, and not guarded again. */
    public static RequestContext forGuard(String requestId, String feature) {
        return new RequestContext(requestId, null, feature, "chat", System.nanoTime(), Instant.now(), true, true, null);
    }

    public long elapsedMillis() {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    @Override
    public String toString() {
        return "RequestContext[requestId=" + requestId + ", endpoint=" + endpoint + ", feature=" + feature + "]";
    }
}
