package dev.gantry.jobs;

import dev.gantry.core.jobs.JobHandler;
import dev.gantry.core.jobs.JobLease;
import dev.gantry.core.jobs.JobQueue;
import dev.gantry.core.jobs.PermanentJobFailure;
import java.time.Duration;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.random.RandomGenerator;

/**
 * One delivery of one job: runs the handler while a heartbeat renews the lease, then completes the job or
 * records the failure (a retry after backoff, or the dead-letter state for a {@link PermanentJobFailure} or the
 * last attempt). Error texts keep the exception's type and message only, never the payload.
 */
final class Attempt {
    static final int MAX_ERROR_CHARS = 2_000;

    private final JobQueue queue;
    private final JobHandler handler;
    private final Duration leaseLength;
    private final Backoff backoff;
    private final RandomGenerator random;
    private final BooleanSupplier abandoned;
    private volatile JobLease lease;

    Attempt(JobQueue queue, JobHandler handler, JobLease lease, Duration leaseLength, Backoff backoff,
            RandomGenerator random, BooleanSupplier abandoned) {
        this.queue = queue;
        this.handler = handler;
        this.lease = lease;
        this.leaseLength = leaseLength;
        this.backoff = backoff;
        this.random = random;
        this.abandoned = abandoned;
    }

    /** Renews the lease; false once it is lost (expired and delivered again), so the heartbeat stops. */
    boolean renew() {
        Optional<JobLease> renewed = queue.extend(lease, leaseLength);
        renewed.ifPresent(l -> lease = l);
        return renewed.isPresent();
    }

    /**
     * Runs the handler and settles the job; returns the outcome for the metrics. A job abandoned at shutdown is
     * left as it is: its lease expires and it is delivered again.
     */
    String run() {
        try {
            handler.handle(lease.job());
        } catch (Exception | LinkageError | AssertionError e) {
            return abandoned.getAsBoolean() ? "abandoned" : settleFailure(e);
        }
        if (abandoned.getAsBoolean()) return "abandoned";
        return queue.complete(lease) ? "succeeded" : "lost";
    }

    private String settleFailure(Throwable e) {
        if (e instanceof PermanentJobFailure) {
            return queue.fail(lease, describe(e), Duration.ZERO, true) ? "dead" : "lost";
        }
        return failed(e);
    }

    private String failed(Throwable e) {
        int attempts = lease.job().attempts();
        boolean last = attempts >= lease.job().maxAttempts();
        Duration delay = last ? Duration.ZERO : backoff.delay(attempts, random);
        if (!queue.fail(lease, describe(e), delay, false)) return "lost";
        return last ? "dead" : "retried";
    }

    static String describe(Throwable e) {
        String text = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        return text.length() <= MAX_ERROR_CHARS ? text : text.substring(0, MAX_ERROR_CHARS) + "...";
    }
}
