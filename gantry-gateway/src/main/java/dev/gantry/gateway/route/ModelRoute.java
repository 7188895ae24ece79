package dev.gantry.gateway.route;

import java.util.List;

/**
 * An alias clients name as "model", and how it is served.
 *
 * @param fallbacks        other aliases tried in order once this one's attempts are spent on retriable errors
 * @param contextFallback  alias with a larger context window, tried when the upstream says the prompt is too long
 * @param rpm              requests per minute over all keys for this alias, 0 = unlimited
 * @param tpm              tokens per minute over all keys for this alias, 0 = unlimited
 */
public record ModelRoute(String alias, List<Target> targets, Balance balance, List<String> fallbacks,
                         String contextFallback, Timeouts timeouts, RetryPolicy retry, BreakerPolicy breaker,
                         long rpm, long tpm) {
    public ModelRoute {
        targets = List.copyOf(targets);
        fallbacks = fallbacks == null ? List.of() : List.copyOf(fallbacks);
        if (targets.isEmpty()) throw new IllegalArgumentException("model '" + alias + "' has no targets; add at least one {provider, model}");
    }

    public static ModelRoute simple(String alias, List<Target> targets) {
        return new ModelRoute(alias, targets, Balance.WEIGHTED, List.of(), null, Timeouts.DEFAULT,
                RetryPolicy.DEFAULT, BreakerPolicy.DEFAULT, 0, 0);
    }
}
