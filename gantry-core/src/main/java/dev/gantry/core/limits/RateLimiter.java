package dev.gantry.core.limits;

import java.time.Duration;

/**
 * Token buckets keyed by string (e.g. "key:team-a:rpm"), each refilled to {@code perMinute} every minute
 * (greedy refill). In-process by default, Redis when scaled out.
 */
public interface RateLimiter {

    /** Takes {@code amount}; returns Duration.ZERO when admitted, else how long until it could be. */
    Duration tryConsume(String bucket, long perMinute, long amount);

    /** Adjusts a bucket after the fact (actual tokens known); may leave it in debt. Negative gives back. */
    void adjust(String bucket, long perMinute, long amount);
}
