package dev.gantry.gateway.route;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Attempts per alias (the first call included) and exponential backoff with full jitter between them.
 * A Retry-After longer than maxBackoff is not waited for: the gateway moves on to the fallback instead.
 * Defaults: 2 attempts, 200 ms, max 5 s.
 */
public record RetryPolicy(int attempts, Duration backoff, Duration maxBackoff) {
    public static final RetryPolicy DEFAULT = new RetryPolicy(2, Duration.ofMillis(200), Duration.ofSeconds(5));

    public RetryPolicy {
        if (attempts < 1) throw new IllegalArgumentException("retry.attempts is " + attempts
                + "; it counts the first call too, so it must be 1 or more");
    }

    /**
     * Delay before retry number {@code retry} (1 = first retry): random in [0, min(max, backoff * 2^(retry-1))],
     * or the server's Retry-After when it asked for one (never less).
     */
    public Duration delayBefore(int retry, Duration retryAfter) {
        long cap = Math.min(maxBackoff.toMillis(), backoff.toMillis() << Math.min(retry - 1, 20));
        long jittered = ThreadLocalRandom.current().nextLong(cap + 1);
        if (retryAfter != null) return Duration.ofMillis(Math.max(jittered, retryAfter.toMillis()));
        return Duration.ofMillis(jittered);
    }

    public boolean worthWaiting(Duration retryAfter) {
        return retryAfter == null || retryAfter.compareTo(maxBackoff) <= 0;
    }
}
