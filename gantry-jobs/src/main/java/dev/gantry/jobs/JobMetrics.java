package dev.gantry.jobs;

import dev.gantry.core.jobs.JobQueue;
import dev.gantry.core.jobs.JobState;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Job meters in the gateway's Prometheus style: {@code gantry_jobs_total{queue,outcome}} (succeeded, retried,
 * dead, lost: the lease was gone when the handler finished), {@code gantry_job_duration{queue}},
 * {@code gantry_jobs_running{queue}} in this process, and {@code gantry_jobs_depth{queue,state}} from the
 * queue's counts. Depth is read at most every {@code depthTtl}: a scrape must not turn into a table scan per
 * gauge.
 */
final class JobMetrics {
    private final MeterRegistry registry;
    private final JobQueue queue;
    private final Duration depthTtl;
    private final ConcurrentHashMap<String, Counter> outcomes = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Timer> durations = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, AtomicInteger> running = new ConcurrentHashMap<>();
    private volatile Map<String, Map<JobState, Long>> depth = Map.of();
    private volatile long depthReadAt = Long.MIN_VALUE;

    JobMetrics(MeterRegistry registry, JobQueue queue, Duration depthTtl) {
        this.registry = registry;
        this.queue = queue;
        this.depthTtl = depthTtl;
    }

    /** Registers the queue's meters (idempotent): its depth gauges show even before a job runs. */
    void register(String queueName) {
        running(queueName);
        for (JobState state : JobState.values()) {
            Gauge.builder("gantry_jobs_depth", () -> depth(queueName, state))
                    .description("jobs in the queue by state (all processes sharing the queue)")
                    .tags("queue", queueName, "state", state.name().toLowerCase()).register(registry);
        }
    }

    void outcome(String queueName, String outcome, Duration took) {
        outcomes.computeIfAbsent(queueName + '\0' + outcome, k -> Counter.builder("gantry_jobs")
                .description("finished job attempts by queue and outcome (succeeded, retried, dead, lost)")
                .tags("queue", queueName, "outcome", outcome).register(registry)).increment();
        durations.computeIfAbsent(queueName, q -> Timer.builder("gantry_job_duration")
                .description("time a handler ran, per attempt").tags("queue", q).register(registry)).record(took);
    }

    AtomicInteger running(String queueName) {
        return running.computeIfAbsent(queueName, q -> registry.gauge("gantry_jobs_running",
                List.of(Tag.of("queue", q)), new AtomicInteger()));
    }

    private double depth(String queueName, JobState state) {
        long now = System.nanoTime();
        if (depthReadAt == Long.MIN_VALUE || now - depthReadAt > depthTtl.toNanos()) {
            depthReadAt = now;
            try {
                depth = queue.counts();
            } catch (RuntimeException e) {
                // keep the last depth: a scrape must not fail because the queue's store is briefly unreachable
                System.getLogger("dev.gantry.jobs").log(System.Logger.Level.WARNING, "could not read job counts", e);
            }
        }
        return depth.getOrDefault(queueName, Map.of()).getOrDefault(state, 0L);
    }
}
