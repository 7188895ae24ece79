package dev.gantry.jobs;

import dev.gantry.core.jobs.JobHandler;
import dev.gantry.core.jobs.JobInfo;
import dev.gantry.core.jobs.JobQueue;
import dev.gantry.core.jobs.JobRequest;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.random.RandomGenerator;

/**
 * Runs the handlers registered per queue against a {@link JobQueue}: claims due jobs up to each queue's
 * concurrency, runs each on a virtual thread, renews its lease while it runs, completes it, or records the
 * failure with exponential backoff and jitter ({@link dev.gantry.core.jobs.PermanentJobFailure} and the last
 * attempt dead-letter it). Delivery is at-least-once: handlers must be idempotent (key their effects by the job
 * id or dedupe key). {@link #close()} stops claiming, lets running handlers finish within the shutdown grace and
 * abandons the rest, which the queue delivers again after their lease expires. Does not close the queue.
 */
public final class JobRunner implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger("dev.gantry.jobs");
    private static final Duration DEPTH_TTL = Duration.ofSeconds(10);

    private final JobQueue queue;
    private final RunnerSettings settings;
    private final JobMetrics metrics;
    private final RandomGenerator random = RandomGenerator.getDefault();
    private final Map<String, QueueWorker> workers = new ConcurrentHashMap<>();
    private boolean closed;
    private boolean closing;

    public JobRunner(JobQueue queue, RunnerSettings settings, MeterRegistry registry) {
        this.queue = Objects.requireNonNull(queue, "queue");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.metrics = new JobMetrics(registry == null ? new SimpleMeterRegistry() : registry, queue, DEPTH_TTL);
    }

    public JobQueue queue() {
        return queue;
    }

    /** Starts working {@code queueName} with the runner's default lease. */
    public void register(String queueName, JobHandler handler, int concurrency) {
        register(queueName, handler, concurrency, settings.lease());
    }

    /**
     * Starts working {@code queueName}: at most {@code concurrency} of its jobs run at once in this process.
     *
     * @throws IllegalStateException when the queue already has a handler or the runner is closed
     */
    public synchronized void register(String queueName, JobHandler handler, int concurrency, Duration lease) {
        Objects.requireNonNull(handler, "handler");
        if (queueName == null || queueName.isBlank()) {
            throw new IllegalArgumentException("queue name is empty; name the queue the handler works");
        }
        if (concurrency < 1) {
            throw new IllegalArgumentException("concurrency of queue '" + queueName + "' is " + concurrency
                    + "; it must be 1 or more");
        }
        if (closed) throw new IllegalStateException("job runner is closed; queue '" + queueName + "' cannot start");
        if (workers.containsKey(queueName)) {
            throw new IllegalStateException("queue '" + queueName + "' already has a handler; register it once");
        }
        QueueWorker worker = new QueueWorker(queueName, handler, concurrency, lease, queue, settings, metrics, random);
        workers.put(queueName, worker);
        metrics.register(queueName);
        worker.start();
    }

    /** Enqueues a job and, when this runner works its queue, starts it without waiting for the next poll. */
    public JobInfo enqueue(JobRequest request) {
        JobInfo job = queue.enqueue(request);
        wake(request.queue());
        return job;
    }

    /** Asks the queue's worker to claim now (after an enqueue or an admin retry). */
    public void wake(String queueName) {
        QueueWorker worker = workers.get(queueName);
        if (worker != null) worker.wake();
    }

    /** The queues with a registered handler, sorted. */
    public Set<String> queues() {
        return new TreeSet<>(workers.keySet());
    }

    /**
     * Stops claiming new jobs in every queue (jobs already running go on); the first step of a shutdown, e.g.
     * while the HTTP server drains. No claim starts after it returns (one already under way still runs its jobs).
     */
    public void stopClaiming() {
        synchronized (this) {
            closed = true;
        }
        workers.values().forEach(QueueWorker::stop);
    }

    @Override
    public void close() {
        synchronized (this) {
            if (closing) return;
            closing = true;
        }
        stopClaiming();
        long deadline = System.nanoTime() + settings.shutdownGrace().toNanos();
        try {
            for (Map.Entry<String, QueueWorker> e : workers.entrySet()) {
                if (!e.getValue().awaitIdle(deadline)) abandon(e.getKey(), e.getValue());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            workers.forEach(this::abandon);
        }
    }

    private void abandon(String queueName, QueueWorker worker) {
        LOG.log(Level.WARNING, "jobs of queue '" + queueName + "' still running after the shutdown grace of "
                + settings.shutdownGrace() + "; they are delivered again when their leases expire");
        worker.abandon();
    }
}
