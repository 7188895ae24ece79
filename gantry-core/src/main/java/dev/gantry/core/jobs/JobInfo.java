package dev.gantry.core.jobs;

import java.time.Instant;

/** What the queue knows of one job, for handlers and for the API/dashboard. {@code attempts} counts deliveries. */
public record JobInfo(String id, String queue, String dedupeKey, String payload, JobState state, int attempts,
                      int maxAttempts, Instant createdAt, Instant updatedAt, Instant notBefore, String lastError) {
}
