package dev.gantry.jobs;

import java.time.Duration;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * Exponential backoff with jitter: before attempt {@code n + 1} wait about {@code base * 2^(n-1)}, capped at
 * {@code max}. "Equal jitter": half the delay is fixed and half random, so retries of jobs that failed together
 * (an upstream outage) spread out instead of returning in lockstep, yet never retry immediately.
 */
public record Backoff(Duration base, Duration max) {
    public static final Backoff DEFAULT = new Backoff(Duration.ofSeconds(5), Duration.ofMinutes(10));

    public Backoff {
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(max, "max");
        if (base.isNegative() || base.isZero()) {
            throw new IllegalArgumentException("backoff base is " + base + "; it must be positive, e.g. 5s");
        }
        if (max.compareTo(base) < 0) {
            throw new IllegalArgumentException("backoff max " + max + " is below its base " + base
                    + "; raise max or lower base");
        }
    }

    /** The delay after the {@code attempt}-th failed attempt (counted from 1), jittered with {@code random}. */
    public Duration delay(int attempt, RandomGenerator random) {
        long cap = max.toMillis();
        int doublings = Math.min(Math.max(attempt - 1, 0), 62);
        long full = base.toMillis() > (cap >> doublings) ? cap : Math.min(cap, base.toMillis() << doublings);
        long half = full / 2;
        return Duration.ofMillis(full - half + random.nextLong(half + 1));
    }
}
