package dev.gantry.bench.jobs;

import dev.gantry.core.jobs.JobQueue;
import dev.gantry.core.jobs.JobRequest;
import dev.gantry.jobs.Backoff;
import dev.gantry.jobs.JobRunner;
import dev.gantry.jobs.RunnerSettings;
import dev.gantry.jobs.nats.NatsJobQueue;
import dev.gantry.store.sqlite.SqliteDatabase;
import dev.gantry.store.sqlite.SqliteJobQueue;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;

/**
 * Enqueue and run throughput of a job queue with the real runner and a handler that does nothing, so the figures
 * are the queue's and the runner's own cost: {@code JobsThroughputBench sqlite|nats JOBS CONCURRENCY [NATS_URL]}.
 * SQLite uses a fresh data directory under /tmp; NATS a fresh stream prefix on the server given.
 */
public final class JobsThroughputBench {
    private JobsThroughputBench() {
    }

    public static void main(String[] args) throws Exception {
        String backend = args[0];
        int jobs = Integer.parseInt(args[1]);
        int concurrency = Integer.parseInt(args[2]);
        Path dir = Files.createTempDirectory("gantry-jobs-bench");
        SqliteDatabase db = backend.equals("sqlite") ? SqliteDatabase.open(dir) : null;
        try (JobQueue queue = db != null ? new SqliteJobQueue(db)
                : NatsJobQueue.connect(args[3], "BENCH" + System.nanoTime(), Duration.ofSeconds(30))) {
            long t0 = System.nanoTime();
            for (int i = 0; i < jobs; i++) queue.enqueue(JobRequest.of("bench", "job-" + i, "{\"n\":" + i + "}"));
            long enqueued = System.nanoTime();
            CountDownLatch done = new CountDownLatch(jobs);
            RunnerSettings settings = new RunnerSettings(Duration.ofMillis(10), Duration.ofSeconds(60),
                    Backoff.DEFAULT, Duration.ofSeconds(30));
            long t1 = System.nanoTime();
            try (JobRunner runner = new JobRunner(queue, settings, null)) {
                runner.register("bench", job -> done.countDown(), concurrency);
                done.await();
            }
            long ran = System.nanoTime();
            System.out.printf("%s jobs=%d concurrency=%d enqueue=%.0f/s run=%.0f/s (handled, completed and closed)%n",
                    backend, jobs, concurrency, rate(jobs, enqueued - t0), rate(jobs, ran - t1));
        } finally {
            if (db != null) db.close();
        }
    }

    private static double rate(int jobs, long nanos) {
        return jobs / (nanos / 1e9);
    }
}
