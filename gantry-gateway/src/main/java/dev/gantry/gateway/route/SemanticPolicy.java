package dev.gantry.gateway.route;

/**
 * How an alias uses the semantic cache: answers are reused for a request whose latest user turn is at least
 * {@code threshold} similar (cosine) to one answered before, everything else being identical.
 *
 * @param allowTools            also cache requests that offer tools or carry tool calls and results (off: a tool
 *                              call's arguments depend on exact wording, e.g. the id or number asked about)
 * @param allowNondeterministic also cache sampled requests (see SemanticRequests: off unless temperature is 0 or a
 *                              seed is given, and n is at most 1)
 */
public record SemanticPolicy(double threshold, boolean allowTools, boolean allowNondeterministic) {
    /**
     * The threshold used when the config names none, for the default embedding model with the detail check: the
     * first on a 0.01 grid with no false hit on the tuning half of the labeled pairs. The "at most 1%" rule gave
     * 0.945, which had 3-4% false hits on the held-out half (docs/benchmarks.md, "Semantic cache").
     */
    public static final double DEFAULT_THRESHOLD = 0.96;

    public SemanticPolicy {
        if (!(threshold > 0 && threshold <= 1)) {
            throw new IllegalArgumentException("semantic threshold must be in (0, 1], got " + threshold);
        }
    }
}
