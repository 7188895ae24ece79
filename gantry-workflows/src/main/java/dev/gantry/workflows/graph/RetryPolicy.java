package dev.gantry.workflows.graph;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * How often a failing step is tried and how long to wait between tries: exponential backoff from {@code backoff},
 * capped at {@code maxBackoff}, with jitter (each wait is drawn between half and all of it, so runs that failed
 * together do not retry together). Only retriable failures are retried.
 */
public record RetryPolicy(int attempts, Duration backoff, Duration maxBackoff) {
    public static final RetryPolicy NONE = new RetryPolicy(1, Duration.ZERO, Duration.ZERO);
    public static final RetryPolicy DEFAULT = new RetryPolicy(3, Duration.ofMillis(200), Duration.ofSeconds(10));

    public RetryPolicy {
        if (attempts < 1) throw new IllegalArgumentException("retry attempts is " + attempts + "; it must be 1 or more (1 = no retry)");
        if (backoff == null || backoff.isNegative()) throw new IllegalArgumentException("retry backoff must be zero or more");
        if (maxBackoff == null || maxBackoff.compareTo(backoff) < 0) maxBackoff = backoff;
    }

    public static RetryPolicy of(int attempts, Duration backoff) {
        return new RetryPolicy(attempts, backoff, Duration.ofSeconds(30).compareTo(backoff) > 0 ? Duration.ofSeconds(30) : backoff);
    }

    /** The wait before attempt {@code next} (2, 3, ...), jitter included. */
    public Duration delayBefore(int next) {
        long base = backoff.toNanos();
        int doublings = Math.min(next - 2, 40);
        long capped = Math.min(maxBackoff.toNanos(), doublings >= 62 ? Long.MAX_VALUE : base << doublings);
        if (capped <= 0) return Duration.ZERO;
        long half = capped / 2;
        return Duration.ofNanos(half + ThreadLocalRandom.current().nextLong(capped - half + 1));
    }
}
