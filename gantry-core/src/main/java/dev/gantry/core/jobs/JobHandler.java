package dev.gantry.core.jobs;

/**
 * Does one job's work. Delivery is at-least-once, so a handler must be idempotent. Returning completes the job;
 * throwing fails this attempt (retried with backoff while attempts remain); {@link PermanentJobFailure}
 * dead-letters it at once.
 */
@FunctionalInterface
public interface JobHandler {
    void handle(JobInfo job) throws Exception;
}
