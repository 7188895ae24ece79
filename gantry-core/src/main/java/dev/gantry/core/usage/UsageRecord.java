package dev.gantry.core.usage;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One gateway request as the ledger keeps it.
 *
 * @param requestId      the x-request-id given to the client
 * @param keyName        the virtual key's name, or null for unauthenticated local use
 * @param alias          the model alias the client asked for
 * @param provider       the provider that answered last (null when none was reached)
 * @param upstreamModel  the provider's model name that answered last
 * @param costUsd        cost from the price catalogue; zero when unknown
 * @param latencyMs      from request received to last byte sent
 * @param ttftMs         time to first token for streams, -1 when not streamed or no token came
 * @param status         HTTP status returned to the client
 * @param errorKind      ErrorKind code when the request failed, else null
 * @param attempts       upstream attempts made (retries and fallbacks included)
 * @param route          the path taken: "oai/gpt-4o-mini!rate_limited > local/qwen2.5"
 * @param feature        the caller's x-gantry-feature tag, for cost per feature
 * @param overheadMicros the gateway's own time: total minus time waiting on providers; -1 when unknown
 * @param cache          the response cache's part: {@code hit}, {@code semantic_hit}, {@code miss}, {@code refresh} or
 *                       {@code bypass} (the client's x-gantry-cache), or null when the alias is not cached
 * @param savedUsd       what a cache hit would have cost upstream (zero otherwise)
 * @param selection      smart model selection's verdict, e.g. {@code cheap; p_easy=0.930}; null when the alias has none
 * @param routingSavedUsd what the strong model would have cost for the same tokens, less the cost (zero unless the
 *                       request was sent to the cheap model)
 * @param batchId        the Gantry batch the request was part of (a provider batch API item), else null
 * @param batchSavedUsd  what the item would have cost at the normal (non-batch) price, less its batch cost
 */
public record UsageRecord(String requestId, Instant timestamp, String keyName, String alias, String provider,
                          String upstreamModel, String endpoint, boolean stream, long inputTokens,
                          long outputTokens, long cachedInputTokens, long cacheWriteTokens, long reasoningTokens,
                          BigDecimal costUsd, long latencyMs, long ttftMs, int status, String errorKind,
                          int attempts, String route, String feature, long overheadMicros, String cache,
                          BigDecimal savedUsd, String selection, BigDecimal routingSavedUsd, String batchId,
                          BigDecimal batchSavedUsd) {
    public static final String CACHE_HIT = "hit";
    public static final String CACHE_MISS = "miss";
    /** Served from the semantic cache: the latest user turn was similar enough to one answered before. */
    public static final String CACHE_SEMANTIC_HIT = "semantic_hit";
    /** The client asked for a fresh answer (x-gantry-cache: no-cache); it was kept. */
    public static final String CACHE_REFRESH = "refresh";
    /** The client kept the caches out (x-gantry-cache: no-store). */
    public static final String CACHE_BYPASS = "bypass";

    /** Whether {@code cache} says the answer came from a cache (exact or semantic). */
    public static boolean isCacheHit(String cache) {
        return CACHE_HIT.equals(cache) || CACHE_SEMANTIC_HIT.equals(cache);
    }

    public UsageRecord {
        if (savedUsd == null) savedUsd = BigDecimal.ZERO;
        if (routingSavedUsd == null) routingSavedUsd = BigDecimal.ZERO;
        if (batchSavedUsd == null) batchSavedUsd = BigDecimal.ZERO;
    }

    /** A request that was not part of a provider batch. */
    public UsageRecord(String requestId, Instant timestamp, String keyName, String alias, String provider,
                       String upstreamModel, String endpoint, boolean stream, long inputTokens,
                       long outputTokens, long cachedInputTokens, long cacheWriteTokens, long reasoningTokens,
                       BigDecimal costUsd, long latencyMs, long ttftMs, int status, String errorKind,
                       int attempts, String route, String feature, long overheadMicros, String cache,
                       BigDecimal savedUsd, String selection, BigDecimal routingSavedUsd) {
        this(requestId, timestamp, keyName, alias, provider, upstreamModel, endpoint, stream, inputTokens, outputTokens,
                cachedInputTokens, cacheWriteTokens, reasoningTokens, costUsd, latencyMs, ttftMs, status, errorKind,
                attempts, route, feature, overheadMicros, cache, savedUsd, selection, routingSavedUsd, null, BigDecimal.ZERO);
    }

    /** A request to an alias without smart model selection. */
    public UsageRecord(String requestId, Instant timestamp, String keyName, String alias, String provider,
                       String upstreamModel, String endpoint, boolean stream, long inputTokens,
                       long outputTokens, long cachedInputTokens, long cacheWriteTokens, long reasoningTokens,
                       BigDecimal costUsd, long latencyMs, long ttftMs, int status, String errorKind,
                       int attempts, String route, String feature, long overheadMicros, String cache,
                       BigDecimal savedUsd) {
        this(requestId, timestamp, keyName, alias, provider, upstreamModel, endpoint, stream, inputTokens, outputTokens,
                cachedInputTokens, cacheWriteTokens, reasoningTokens, costUsd, latencyMs, ttftMs, status, errorKind,
                attempts, route, feature, overheadMicros, cache, savedUsd, null, BigDecimal.ZERO);
    }

    /** A request to an alias without a response cache. */
    public UsageRecord(String requestId, Instant timestamp, String keyName, String alias, String provider,
                       String upstreamModel, String endpoint, boolean stream, long inputTokens,
                       long outputTokens, long cachedInputTokens, long cacheWriteTokens, long reasoningTokens,
                       BigDecimal costUsd, long latencyMs, long ttftMs, int status, String errorKind,
                       int attempts, String route, String feature, long overheadMicros) {
        this(requestId, timestamp, keyName, alias, provider, upstreamModel, endpoint, stream, inputTokens, outputTokens,
                cachedInputTokens, cacheWriteTokens, reasoningTokens, costUsd, latencyMs, ttftMs, status, errorKind,
                attempts, route, feature, overheadMicros, null, BigDecimal.ZERO);
    }

    /** A record whose gateway overhead is unknown. */
    public UsageRecord(String requestId, Instant timestamp, String keyName, String alias, String provider,
                       String upstreamModel, String endpoint, boolean stream, long inputTokens,
                       long outputTokens, long cachedInputTokens, long cacheWriteTokens, long reasoningTokens,
                       BigDecimal costUsd, long latencyMs, long ttftMs, int status, String errorKind,
                       int attempts, String route, String feature) {
        this(requestId, timestamp, keyName, alias, provider, upstreamModel, endpoint, stream, inputTokens, outputTokens,
                cachedInputTokens, cacheWriteTokens, reasoningTokens, costUsd, latencyMs, ttftMs, status, errorKind,
                attempts, route, feature, -1, null, BigDecimal.ZERO);
    }
}
