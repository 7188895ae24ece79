package dev.gantry.gateway;

import java.math.BigDecimal;

/**
 * An answer with the routing decisions behind it, for the x-gantry-* response headers.
 *
 * @param route the attempts made, e.g. "oai/gpt-4o-mini!rate_limited > local/qwen2.5"
 */
public record GatewayResult<T>(T value, String provider, String upstreamModel, int attempts, String route,
                               BigDecimal costUsd) {
}
