package dev.gantry.core.jobs;

import java.time.Instant;
import java.util.Objects;

/**
 * A job to enqueue. {@code dedupeKey} makes submission idempotent: a second request with the same queue and key
 * returns the job already known instead of adding another (e.g. a platform's message id for a replayed webhook).
 * {@code payload} is JSON text the handler understands; {@code notBefore} delays the first delivery (null: now).
 */
public record JobRequest(String queue, String dedupeKey, String payload, int maxAttempts, Instant notBefore) {
    public JobRequest {
        Objects.requireNonNull(queue, "queue");
        Objects.requireNonNull(payload, "payload");
        if (queue.isBlank()) throw new IllegalArgumentException("queue must not be blank");
        if (maxAttempts < 1) throw new IllegalArgumentException("maxAttempts must be at least 1, got " + maxAttempts);
    }

    public static JobRequest of(String queue, String dedupeKey, String payload) {
        return new JobRequest(queue, dedupeKey, payload, 5, null);
    }
}
