package dev.gantry.jobs;

import dev.gantry.core.jobs.JobHandler;
import dev.gantry.core.jobs.JobLease;
import dev.gantry.core.jobs.JobQueue;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.random.RandomGenerator;

/**
 * Works one queue: a poller claims as many due jobs as it has free slots ({@code concurrency}) and runs each on
 * its own virtual thread, with a heartbeat renewing the lease every third of it. An idle queue asks again after
 * the poll interval, or at once when woken.
 */
final class QueueWorker {
    private static final System.Logger LOG = System.getLogger("dev.gantry.jobs");

    private final String name;
    private final JobHandler handler;
    private final Duration lease;
    private final JobQueue queue;
    private final RunnerSettings settings;
    private final JobMetrics metrics;
    private final RandomGenerator random;
    private final Semaphore slots;
    private final Set<Thread> running = ConcurrentHashMap.newKeySet();
    private volatile boolean stopping;
    private volatile boolean abandoned;
    private Thread poller;

    QueueWorker(String name, JobHandler handler, int concurrency, Duration lease, JobQueue queue,
                RunnerSettings settings, JobMetrics metrics, RandomGenerator random) {
        this.name = name;
        this.handler = handler;
        this.lease = lease;
        this.queue = queue;
        this.settings = settings;
        this.metrics = metrics;
        this.random = random;
        this.slots = new Semaphore(concurrency);
    }

    void start() {
        poller = Thread.ofVirtual().name("gantry-jobs-" + name).start(this::poll);
    }

    /** Skips the idle wait: a job was just enqueued. */
    void wake() {
        LockSupport.unpark(poller);
    }

    /** Stops claiming; running jobs go on. */
    void stop() {
        stopping = true;
        wake();
    }

    /** Waits until the poller and every running job have finished, or until {@code deadlineNanos}. */
    boolean awaitIdle(long deadlineNanos) throws InterruptedException {
        if (!join(poller, deadlineNanos)) return false;
        for (Thread t : running) {
            if (!join(t, deadlineNanos)) return false;
        }
        return true;
    }

    /** Gives up on running jobs: no completion, no more renewals, so their leases lapse and they are redelivered. */
    void abandon() {
        abandoned = true;
        running.forEach(Thread::interrupt);
    }

    private void poll() {
        while (!stopping) {
            int free = takeSlots();
            if (free == 0) continue;
            List<JobLease> claimed = claim(free);
            slots.release(free - claimed.size());
            claimed.forEach(this::launch);
            if (claimed.isEmpty() && !stopping) LockSupport.parkNanos(settings.pollInterval().toNanos());
        }
    }

    /** Waits for one free slot, then takes every other free one; 0 when stopping or none freed in a poll. */
    private int takeSlots() {
        try {
            if (!slots.tryAcquire(settings.pollInterval().toNanos(), TimeUnit.NANOSECONDS)) return 0;
        } catch (InterruptedException e) {
            stopping = true;
            return 0;
        }
        if (stopping) {
            slots.release();
            return 0;
        }
        return 1 + slots.drainPermits();
    }

    private List<JobLease> claim(int max) {
        try {
            return queue.claim(name, max, lease);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "could not claim jobs of queue '" + name + "'; trying again in "
                    + settings.pollInterval(), e);
            return List.of();
        }
    }

    private void launch(JobLease claimed) {
        Thread t = Thread.ofVirtual().name("gantry-job-" + name + "-" + claimed.job().id()).unstarted(() -> {
            try {
                runOne(claimed);
            } finally {
                running.remove(Thread.currentThread());
                slots.release();
            }
        });
        running.add(t);
        t.start();
    }

    private void runOne(JobLease claimed) {
        Attempt attempt = new Attempt(queue, handler, claimed, lease, settings.backoff(), random, () -> abandoned);
        Thread heartbeat = Thread.ofVirtual().start(() -> renewUntilInterrupted(attempt));
        long started = System.nanoTime();
        metrics.running(name).incrementAndGet();
        String outcome;
        try {
            outcome = attempt.run();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "could not record the result of job " + claimed.job().id() + " of queue '"
                    + name + "'; it is delivered again when its lease expires", e);
            outcome = "lost";
        } finally {
            heartbeat.interrupt();
            metrics.running(name).decrementAndGet();
        }
        metrics.outcome(name, outcome, Duration.ofNanos(System.nanoTime() - started));
    }

    private void renewUntilInterrupted(Attempt attempt) {
        long every = Math.max(1, lease.toNanos() / 3);
        while (!abandoned) {
            LockSupport.parkNanos(every);
            if (Thread.interrupted() || abandoned) return;
            try {
                if (!attempt.renew()) return;
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "could not renew the lease of a job of queue '" + name + "'", e);
            }
        }
    }

    private static boolean join(Thread t, long deadlineNanos) throws InterruptedException {
        long left = deadlineNanos - System.nanoTime();
        return left > 0 ? t.join(Duration.ofNanos(left)) : !t.isAlive();
    }
}
