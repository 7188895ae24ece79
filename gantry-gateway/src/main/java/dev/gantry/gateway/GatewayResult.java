package dev.gantry.gateway;

import java.math.BigDecimal;

/**
 * An answer with the routing decisions behind it, for the x-gantry-* response headers.
 *
 * @param route the attempts made, e.g. "oai/gpt-4o-mini!rate_limited > local/qwen2.5"
 * @param cache the exact cache's part: hit, miss, or null when the alias is not cached
 * @param selected smart model selection's verdict ("cheap; p_easy=0.930"), or null when the alias has none
 */
public record GatewayResult<T>(T value, String provider, String upstreamModel, int attempts, String route,
                               BigDecimal costUsd, String cache, String selected) {
    public GatewayResult(T value, String provider, String upstreamModel, int attempts, String route, BigDecimal costUsd,
                         String cache) {
        this(value, provider, upstreamModel, attempts, route, costUsd, cache, null);
    }

    public GatewayResult(T value, String provider, String upstreamModel, int attempts, String route, BigDecimal costUsd) {
        this(value, provider, upstreamModel, attempts, route, costUsd, null);
    }
}
