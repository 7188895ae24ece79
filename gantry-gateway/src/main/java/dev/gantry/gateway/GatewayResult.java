package dev.gantry.gateway;

import java.math.BigDecimal;

/**
 * An answer with the routing decisions behind it, for the x-gantry-* response headers.
 *
 * @param route the attempts made, e.g. "oai/gpt-4o-mini!rate_limited > local/qwen2.5"
 * @param cache           the response cache's part: hit, semantic_hit, miss, or null when the alias is not cached
 * @param cacheSimilarity a semantic hit's similarity to the request it was made for; null otherwise
 * @param selected        smart model selection's verdict ("cheap; p_easy=0.930"), or null when the alias has none
 */
public record GatewayResult<T>(T value, String provider, String upstreamModel, int attempts, String route,
                               BigDecimal costUsd, String cache, Double cacheSimilarity, String selected) {
    public GatewayResult(T value, String provider, String upstreamModel, int attempts, String route, BigDecimal costUsd,
                         String cache, String selected) {
        this(value, provider, upstreamModel, attempts, route, costUsd, cache, null, selected);
    }

    public GatewayResult(T value, String provider, String upstreamModel, int attempts, String route, BigDecimal costUsd) {
        this(value, provider, upstreamModel, attempts, route, costUsd, null, null);
    }

    public GatewayResult(T value, String provider, String upstreamModel, int attempts, String route, BigDecimal costUsd,
                         String cache) {
        this(value, provider, upstreamModel, attempts, route, costUsd, cache, null);
    }
}
