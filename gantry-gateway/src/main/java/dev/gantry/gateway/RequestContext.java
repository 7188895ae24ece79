package dev.gantry.gateway;

import java.time.Instant;

/**
 * Who is asking and when. {@code credential} is the raw bearer secret as presented (null when none);
 * it is hashed at once by the authenticator and never logged: {@link #toString()} leaves it out.
 *
 * @param endpoint  "chat", "messages" or "embeddings", for the ledger
 * @param feature   the caller's x-gantry-feature tag, or null
 * @param unguarded the guards' own model calls (the LLM judge): checking them would call the judge again
 */
public record RequestContext(String requestId, String credential, String feature, String endpoint,
                             long startNanos, Instant receivedAt, boolean internal, boolean unguarded) {

    public static RequestContext of(String requestId, String credential, String feature, String endpoint) {
        return new RequestContext(requestId, credential, feature, endpoint, System.nanoTime(), Instant.now(), false, false);
    }

    /**
     * Gantry's own work with no client behind it (background ingestion embedding through a provider): admitted
     * without a key, still routed, limited by the alias, costed and recorded under the feature given.
     */
    public static RequestContext internal(String requestId, String feature, String endpoint) {
        return new RequestContext(requestId, null, feature, endpoint, System.nanoTime(), Instant.now(), true, false);
    }

    /** A call the guards make themselves (the LLM judge): internal, and not guarded again. */
    public static RequestContext forGuard(String requestId, String feature) {
        return new RequestContext(requestId, null, feature, "chat", System.nanoTime(), Instant.now(), true, true);
    }

    public long elapsedMillis() {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    @Override
    public String toString() {
        return "RequestContext[requestId=" + requestId + ", endpoint=" + endpoint + ", feature=" + feature + "]";
    }
}
