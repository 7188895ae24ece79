package dev.gantry.local;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.gantry.core.limits.RateLimiter;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;

/**
 * In-process token buckets (Bucket4j, lock-free): capacity = the per-minute limit, refilled greedily over
 * the minute. Buckets idle for 10 minutes are dropped (they would be full again anyway).
 */
public final class Bucket4jRateLimiter implements RateLimiter {
    /**
     * Bucket4j refuses refill rates above one token per nanosecond; a limit that high can never bind, so it is
     * treated as no limit instead of failing every request.
     */
    static final long UNBOUNDED_PER_MINUTE = Duration.ofMinutes(1).toNanos();

    private final Cache<String, Bucket> buckets = Caffeine.newBuilder().expireAfterAccess(Duration.ofMinutes(10)).build();

    @Override
    public Duration tryConsume(String bucket, long perMinute, long amount) {
        if (perMinute > UNBOUNDED_PER_MINUTE) return Duration.ZERO;
        ConsumptionProbe probe = bucket(bucket, perMinute).tryConsumeAndReturnRemaining(amount);
        return probe.isConsumed() ? Duration.ZERO : Duration.ofNanos(Math.max(1, probe.getNanosToWaitForRefill()));
    }

    @Override
    public void adjust(String bucket, long perMinute, long amount) {
        if (perMinute > UNBOUNDED_PER_MINUTE) return;
        if (amount > 0) bucket(bucket, perMinute).consumeIgnoringRateLimits(amount);
        else if (amount < 0) bucket(bucket, perMinute).addTokens(-amount);
    }

    private Bucket bucket(String name, long perMinute) {
        // the limit is part of the key so a config change takes effect with a fresh bucket
        return buckets.get(name + "@" + perMinute, k -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)).build())
                .build());
    }
}
