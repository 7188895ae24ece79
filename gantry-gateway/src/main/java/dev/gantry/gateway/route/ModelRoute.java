package dev.gantry.gateway.route;

import dev.gantry.core.chat.ResponseFormat;
import java.util.List;

/**
 * An alias clients name as "model", and how it is served.
 *
 * @param fallbacks        other aliases tried in order once this one's attempts are spent on retriable errors
 * @param contextFallback  alias with a larger context window, tried when the upstream says the prompt is too long
 * @param rpm              requests per minute over all keys for this alias, 0 = unlimited
 * @param tpm              tokens per minute over all keys for this alias, 0 = unlimited
 * @param outputSchema     a json_schema every answer of this alias must match (sent upstream as the
 *                         response_format when the client names none); null = answers are not checked
 * @param cacheTtl         how long identical requests are answered from the exact cache; null = not cached
 * @param semantic         how similar requests are answered from the semantic cache (same TTL); null = not at all
 * @param promptCache      mark the stable prefix for provider-side prompt caching (Anthropic cache_control)
 * @param select           smart model selection between a cheap alias and this one; null = always this one
 */
public record ModelRoute(String alias, List<Target> targets, Balance balance, List<String> fallbacks,
                         String contextFallback, Timeouts timeouts, RetryPolicy retry, BreakerPolicy breaker,
                         long rpm, long tpm, ResponseFormat outputSchema, java.time.Duration cacheTtl,
                         SemanticPolicy semantic, boolean promptCache, Selection select) {
    public ModelRoute {
        targets = List.copyOf(targets);
        fallbacks = fallbacks == null ? List.of() : List.copyOf(fallbacks);
        if (targets.isEmpty()) throw new IllegalArgumentException("model '" + alias + "' has no targets; add at least one {provider, model}");
        if (semantic != null && cacheTtl == null) {
            throw new IllegalArgumentException("model '" + alias + "': a semantic cache needs the cache's ttl");
        }
        if (outputSchema != null && outputSchema.type() != ResponseFormat.Type.JSON_SCHEMA) {
            throw new IllegalArgumentException("model '" + alias + "': an output schema must be a json_schema format");
        }
    }

    /** A route without a semantic cache, prompt-cache marks or smart model selection. */
    public ModelRoute(String alias, List<Target> targets, Balance balance, List<String> fallbacks,
                      String contextFallback, Timeouts timeouts, RetryPolicy retry, BreakerPolicy breaker,
                      long rpm, long tpm, ResponseFormat outputSchema, java.time.Duration cacheTtl) {
        this(alias, targets, balance, fallbacks, contextFallback, timeouts, retry, breaker, rpm, tpm, outputSchema,
                cacheTtl, null, false, null);
    }

    /** A route without smart model selection. */
    public ModelRoute(String alias, List<Target> targets, Balance balance, List<String> fallbacks,
                      String contextFallback, Timeouts timeouts, RetryPolicy retry, BreakerPolicy breaker,
                      long rpm, long tpm, ResponseFormat outputSchema, java.time.Duration cacheTtl,
                      SemanticPolicy semantic, boolean promptCache) {
        this(alias, targets, balance, fallbacks, contextFallback, timeouts, retry, breaker, rpm, tpm, outputSchema,
                cacheTtl, semantic, promptCache, null);
    }

    /** A route without a semantic cache or smart model selection. */
    public ModelRoute(String alias, List<Target> targets, Balance balance, List<String> fallbacks,
                      String contextFallback, Timeouts timeouts, RetryPolicy retry, BreakerPolicy breaker,
                      long rpm, long tpm, ResponseFormat outputSchema, java.time.Duration cacheTtl, boolean promptCache) {
        this(alias, targets, balance, fallbacks, contextFallback, timeouts, retry, breaker, rpm, tpm, outputSchema,
                cacheTtl, null, promptCache, null);
    }

    /** The same route with {@code last} tried after its own fallbacks. */
    public ModelRoute fallingBackTo(String last) {
        List<String> chain = new java.util.ArrayList<>(fallbacks);
        if (!chain.contains(last)) chain.add(last);
        return new ModelRoute(alias, targets, balance, chain, contextFallback, timeouts, retry, breaker, rpm, tpm,
                outputSchema, cacheTtl, semantic, promptCache, select);
    }

    /** A route whose answers are not checked against a schema. */
    public ModelRoute(String alias, List<Target> targets, Balance balance, List<String> fallbacks,
                      String contextFallback, Timeouts timeouts, RetryPolicy retry, BreakerPolicy breaker,
                      long rpm, long tpm) {
        this(alias, targets, balance, fallbacks, contextFallback, timeouts, retry, breaker, rpm, tpm, null, null, null,
                false);
    }

    /** Whether answers of this alias are kept in the exact cache. */
    public boolean cached() {
        return cacheTtl != null && !cacheTtl.isZero() && !cacheTtl.isNegative();
    }

    /** Whether similar requests of this alias are answered from the semantic cache. */
    public boolean semanticallyCached() {
        return semantic != null && cached();
    }

    public static ModelRoute simple(String alias, List<Target> targets) {
        return new ModelRoute(alias, targets, Balance.WEIGHTED, List.of(), null, Timeouts.DEFAULT,
                RetryPolicy.DEFAULT, BreakerPolicy.DEFAULT, 0, 0);
    }
}
