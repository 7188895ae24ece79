package dev.gantry.core.jobs;

import java.time.Instant;

/**
 * One delivery of a job to a worker. Until {@code expiresAt} no other worker gets it; a lease that is neither
 * completed nor failed in time expires and the job is delivered again (at-least-once). {@code token} identifies
 * this delivery, so a late completion of an expired lease cannot finish a newer delivery.
 */
public record JobLease(JobInfo job, String token, Instant expiresAt) {
}
