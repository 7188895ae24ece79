package dev.gantry.server.jobs;

import dev.gantry.core.audit.AuditEvent;
import dev.gantry.core.audit.AuditLog;
import dev.gantry.core.error.ErrorKind;
import dev.gantry.core.error.GantryException;
import dev.gantry.core.jobs.JobHandler;
import dev.gantry.core.jobs.JobInfo;
import dev.gantry.core.jobs.JobQueue;
import dev.gantry.core.jobs.JobRequest;
import dev.gantry.jobs.Backoff;
import dev.gantry.jobs.JobRunner;
import dev.gantry.jobs.RunnerSettings;
import dev.gantry.jobs.nats.NatsJobQueue;
import dev.gantry.server.config.JobsSettings;
import dev.gantry.store.sqlite.SqliteDatabase;
import dev.gantry.store.sqlite.SqliteJobQueue;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import java.util.Optional;

/**
 * Background jobs for the server: the queue the config names (SQLite in the data directory, or NATS JetStream)
 * and, in a serving process, the {@link JobRunner} that works it. Features register their handlers here
 * ({@link #register}); a CLI process only enqueues, inspects and retries, and runs no handler.
 */
public final class JobsWiring implements AutoCloseable {
    /** The audit event type of an admin's retry of a dead job. */
    public static final String JOB_RETRIED = "job.retried";

    private final JobsSettings settings;
    private final JobQueue queue;
    private final JobRunner runner;
    private final AuditLog audit;

    private JobsWiring(JobsSettings settings, JobQueue queue, JobRunner runner, AuditLog audit) {
        this.settings = settings;
        this.queue = queue;
        this.runner = runner;
        this.audit = audit;
    }

    /** @param serving a server: only then are handlers run (a CLI command must not work the queues) */
    public static JobsWiring open(JobsSettings settings, SqliteDatabase db, AuditLog audit, MeterRegistry registry,
                                  boolean serving) {
        JobQueue queue = "nats".equals(settings.backend())
                ? NatsJobQueue.connect(settings.nats().url(), settings.nats().streamPrefix(), settings.nats().ackWait())
                : new SqliteJobQueue(db);
        RunnerSettings runnerSettings = new RunnerSettings(settings.pollInterval(), settings.lease(),
                new Backoff(settings.backoffBase(), settings.backoffMax()), settings.shutdownGrace());
        JobRunner runner = serving ? new JobRunner(queue, runnerSettings, registry) : null;
        if (serving && queue instanceof NatsJobQueue nats) Thread.ofVirtual().name("gantry-jobs-republish")
                .start(() -> republish(nats));
        return new JobsWiring(settings, queue, runner, audit);
    }

    /** Off the start-up path: a job stranded by an enqueuer that died before publishing is delivered after all. */
    private static void republish(NatsJobQueue nats) {
        try {
            nats.republishQueued();
        } catch (RuntimeException e) {
            System.getLogger("dev.gantry.server").log(System.Logger.Level.WARNING, "could not publish the queued "
                    + "jobs again at start-up; a job whose enqueuer died before publishing stays queued", e);
        }
    }

    public JobQueue queue() {
        return queue;
    }

    /** Runs {@code handler} for the queue's jobs with the configured default concurrency ({@code jobs.workers}). */
    public void register(String queueName, JobHandler handler) {
        register(queueName, handler, settings.workers());
    }

    /**
     * Runs {@code handler} for the queue's jobs, at most {@code concurrency} at once in this process. In a CLI
     * process this does nothing: the server runs the handlers.
     */
    public void register(String queueName, JobHandler handler, int concurrency) {
        if (runner != null) runner.register(queueName, handler, concurrency);
    }

    /** Enqueues (idempotent per dedupe key) and wakes this process's worker of the queue, if any. */
    public JobInfo enqueue(JobRequest request) {
        return runner == null ? queue.enqueue(request) : runner.enqueue(request);
    }

    /**
     * Puts a dead job back in its queue and audits who did it (the job id and queue, never the payload).
     *
     * @return the job as it is now; empty when there is no such job
     * @throws GantryException CONFLICT when the job is not dead
     */
    public Optional<JobInfo> retry(String id, String actor) {
        Optional<JobInfo> job = queue.find(id);
        if (job.isEmpty()) return job;
        if (!queue.retry(id)) {
            throw new GantryException(ErrorKind.CONFLICT, "job " + id + " is " + queue.find(id)
                    .map(j -> j.state().name()).orElse("gone") + ", not DEAD; only dead jobs can be retried");
        }
        audit.append(AuditEvent.now(JOB_RETRIED, actor, id, Map.of("queue", job.get().queue(),
                "attempts", String.valueOf(job.get().attempts()))));
        if (runner != null) runner.wake(job.get().queue());
        return queue.find(id);
    }

    /** Stops claiming: the first step of a shutdown, while the HTTP server drains. */
    public void stopClaiming() {
        if (runner != null) runner.stopClaiming();
    }

    /** Lets running jobs finish within the grace, then closes the queue (a NATS connection; SQLite is the caller's). */
    @Override
    public void close() {
        if (runner != null) runner.close();
        queue.close();
    }
}
