package dev.gantry.core.jobs;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A durable job queue (port). Delivery is at-least-once: a job is leased to one worker at a time and delivered
 * again when its lease expires unfinished. Failures are retried after the delay the caller gives until
 * {@code maxAttempts}, then the job is dead-lettered ({@link JobState#DEAD}) and kept for inspection and retry.
 */
public interface JobQueue extends AutoCloseable {

    /** Adds a job, or returns the job already enqueued with the same queue and dedupe key (idempotent). */
    JobInfo enqueue(JobRequest request);

    /** Leases up to {@code max} jobs of the queue that are due, oldest first; empty when none is due. */
    List<JobLease> claim(String queue, int max, Duration lease);

    /**
     * Renews a lease still held, so a long handler keeps its job: the new lease runs {@code duration} from now
     * (an adapter may round it to what its broker supports; the returned lease says when it ends). Empty when
     * the lease had expired and the job was delivered again, or the job is no longer running.
     */
    Optional<JobLease> extend(JobLease lease, Duration duration);

    /** Marks the leased job done. Returns false when the lease had expired and the job was delivered again. */
    boolean complete(JobLease lease);

    /**
     * Records a failed attempt: the job is due again after {@code retryDelay} while attempts remain, else it is
     * dead-lettered; {@code permanent} dead-letters it at once. Returns false for an expired lease.
     */
    boolean fail(JobLease lease, String error, Duration retryDelay, boolean permanent);

    Optional<JobInfo> find(String id);

    List<JobInfo> list(JobFilter filter);

    /** Job counts per queue and state, for the API and the dashboard. */
    Map<String, Map<JobState, Long>> counts();

    /** Puts a dead-lettered job back in its queue with fresh attempts. False when it is not dead. */
    boolean retry(String id);

    @Override
    void close();
}
