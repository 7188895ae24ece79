package dev.gantry.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.core.jobs.JobHandler;
import dev.gantry.core.jobs.JobInfo;
import dev.gantry.core.jobs.JobQueue;
import dev.gantry.core.jobs.JobRequest;
import dev.gantry.core.jobs.JobState;
import dev.gantry.core.jobs.PermanentJobFailure;
import dev.gantry.store.sqlite.SqliteDatabase;
import dev.gantry.store.sqlite.SqliteJobQueue;
import dev.gantry.testkit.Await;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The runner against a real SQLite queue: retries, dead letters, redelivery after a crash, shutdown. */
class JobRunnerIT {
    private static final RunnerSettings FAST = new RunnerSettings(Duration.ofMillis(20), Duration.ofSeconds(30),
            new Backoff(Duration.ofMillis(10), Duration.ofMillis(40)), Duration.ofSeconds(30));

    @TempDir
    Path dataDir;
    SqliteDatabase db;
    JobQueue queue;
    SimpleMeterRegistry registry = new SimpleMeterRegistry();

    @BeforeEach
    void open() {
        db = SqliteDatabase.open(dataDir);
        queue = new SqliteJobQueue(db);
    }

    @AfterEach
    void closeDb() {
        db.close();
    }

    @Test
    void should_run_a_job_and_count_it() {
        List<String> seen = new CopyOnWriteArrayList<>();
        try (JobRunner runner = new JobRunner(queue, FAST, registry)) {
            runner.register("mail", job -> seen.add(job.payload()), 2);
            JobInfo job = runner.enqueue(JobRequest.of("mail", null, "{\"to\":\"a@example.com\"}"));

            Await.until(() -> state(job) == JobState.SUCCEEDED);
        }
        assertThat(seen).containsExactly("{\"to\":\"a@example.com\"}");
        assertThat(registry.get("gantry_jobs").tags("queue", "mail", "outcome", "succeeded").counter().count())
                .isEqualTo(1.0);
        assertThat(registry.get("gantry_jobs_depth").tags("queue", "mail", "state", "succeeded").gauge().value())
                .isEqualTo(1.0);
    }

    @Test
    void should_retry_with_backoff_until_the_handler_succeeds() {
        AtomicInteger calls = new AtomicInteger();
        try (JobRunner runner = new JobRunner(queue, FAST, registry)) {
            runner.register("flaky", job -> {
                if (calls.incrementAndGet() < 3) throw new IllegalStateException("upstream 503 on call " + calls);
            }, 1);
            JobInfo job = runner.enqueue(JobRequest.of("flaky", null, "{}"));

            Await.until(() -> state(job) == JobState.SUCCEEDED);

            JobInfo done = queue.find(job.id()).orElseThrow();
            assertThat(done.attempts()).isEqualTo(3);
            assertThat(done.lastError()).isEqualTo("IllegalStateException: upstream 503 on call 2");
        }
        assertThat(registry.get("gantry_jobs").tags("queue", "flaky", "outcome", "retried").counter().count())
                .isEqualTo(2.0);
    }

    @Test
    void should_wait_the_backoff_before_a_retry() {
        RunnerSettings slowRetry = new RunnerSettings(Duration.ofMillis(20), Duration.ofSeconds(30),
                new Backoff(Duration.ofHours(1), Duration.ofHours(2)), Duration.ofSeconds(30));
        try (JobRunner runner = new JobRunner(queue, slowRetry, registry)) {
            runner.register("later", job -> {
                throw new IllegalStateException("not yet");
            }, 1);
            JobInfo job = runner.enqueue(JobRequest.of("later", null, "{}"));

            Await.until(() -> queue.find(job.id()).orElseThrow().lastError() != null);

            JobInfo waiting = queue.find(job.id()).orElseThrow();
            assertThat(waiting.state()).isEqualTo(JobState.QUEUED);
            assertThat(waiting.attempts()).isEqualTo(1);
            assertThat(Duration.between(waiting.updatedAt(), waiting.notBefore()))
                    .isBetween(Duration.ofMinutes(30), Duration.ofHours(1));
        }
    }

    @Test
    void should_dead_letter_after_the_last_attempt() {
        try (JobRunner runner = new JobRunner(queue, FAST, registry)) {
            runner.register("doomed", job -> {
                throw new IllegalStateException("always fails");
            }, 1);
            JobInfo job = runner.enqueue(new JobRequest("doomed", null, "{}", 3, null));

            Await.until(() -> state(job) == JobState.DEAD);

            JobInfo dead = queue.find(job.id()).orElseThrow();
            assertThat(dead.attempts()).isEqualTo(3);
            assertThat(dead.lastError()).isEqualTo("IllegalStateException: always fails");
        }
        assertThat(registry.get("gantry_jobs").tags("queue", "doomed", "outcome", "dead").counter().count())
                .isEqualTo(1.0);
    }

    @Test
    void should_dead_letter_a_permanent_failure_on_its_first_attempt() {
        try (JobRunner runner = new JobRunner(queue, FAST, registry)) {
            runner.register("strict", job -> {
                throw new PermanentJobFailure("payload has no 'to' field");
            }, 1);
            JobInfo job = runner.enqueue(JobRequest.of("strict", null, "{}"));

            Await.until(() -> state(job) == JobState.DEAD);

            assertThat(queue.find(job.id()).orElseThrow().attempts()).isEqualTo(1);
            assertThat(queue.find(job.id()).orElseThrow().lastError())
                    .isEqualTo("PermanentJobFailure: payload has no 'to' field");
        }
    }

    @Test
    void should_redeliver_to_a_new_runner_a_job_a_crashed_runner_never_finished() throws Exception {
        RunnerSettings crashy = new RunnerSettings(Duration.ofMillis(20), Duration.ofMillis(300), FAST.backoff(),
                Duration.ZERO);
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch never = new CountDownLatch(1);
        JobRunner crashed = new JobRunner(queue, crashy, registry);
        crashed.register("work", job -> {
            started.countDown();
            never.await();
        }, 1);
        JobInfo job = crashed.enqueue(JobRequest.of("work", null, "{}"));
        started.await();
        crashed.close();

        List<Integer> attemptsSeen = new CopyOnWriteArrayList<>();
        try (JobRunner next = new JobRunner(queue, crashy, registry)) {
            next.register("work", j -> attemptsSeen.add(j.attempts()), 1);
            Await.until(() -> state(job) == JobState.SUCCEEDED);
        }
        assertThat(attemptsSeen).containsExactly(2);
    }

    @Test
    void should_apply_an_idempotent_effect_once_although_the_job_is_delivered_twice() throws Exception {
        RunnerSettings crashy = new RunnerSettings(Duration.ofMillis(20), Duration.ofMillis(300), FAST.backoff(),
                Duration.ZERO);
        Map<String, Integer> ledger = new ConcurrentHashMap<>();
        AtomicInteger deliveries = new AtomicInteger();
        CountDownLatch applied = new CountDownLatch(1);
        CountDownLatch never = new CountDownLatch(1);
        // the pattern: key the effect by the dedupe key and skip it when already recorded
        JobHandler handler = job -> {
            deliveries.incrementAndGet();
            ledger.putIfAbsent(job.dedupeKey(), 100);
            if (job.attempts() == 1) {
                applied.countDown();
                never.await(); // the process dies after the effect, before the completion
            }
        };
        JobRunner crashed = new JobRunner(queue, crashy, registry);
        crashed.register("credit", handler, 1);
        JobInfo job = crashed.enqueue(JobRequest.of("credit", "invoice-7", "{\"amount\":100}"));
        applied.await();
        crashed.close();

        try (JobRunner next = new JobRunner(queue, crashy, registry)) {
            next.register("credit", handler, 1);
            Await.until(() -> state(job) == JobState.SUCCEEDED);
        }
        assertThat(deliveries.get()).isEqualTo(2);
        assertThat(ledger).containsExactly(Map.entry("invoice-7", 100));
    }

    @Test
    void should_let_running_jobs_finish_on_close_and_claim_no_more() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        JobRunner runner = new JobRunner(queue, FAST, registry);
        runner.register("slow", job -> {
            started.countDown();
            release.await();
        }, 1);
        JobInfo first = runner.enqueue(JobRequest.of("slow", null, "{\"n\":1}"));
        started.await();
        JobInfo second = runner.enqueue(JobRequest.of("slow", null, "{\"n\":2}"));

        runner.stopClaiming();
        release.countDown();
        runner.close();

        assertThat(state(first)).isEqualTo(JobState.SUCCEEDED);
        assertThat(state(second)).isEqualTo(JobState.QUEUED);
    }

    @Test
    void should_renew_the_lease_of_a_job_that_runs_longer_than_its_lease() throws Exception {
        RunnerSettings shortLease = new RunnerSettings(Duration.ofMillis(20), Duration.ofMillis(300),
                FAST.backoff(), Duration.ofSeconds(30));
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        try (JobRunner runner = new JobRunner(queue, shortLease, registry)) {
            runner.register("long", job -> {
                started.countDown();
                release.await();
            }, 1);
            JobInfo job = runner.enqueue(JobRequest.of("long", null, "{}"));
            started.await();
            Set<Instant> renewals = new HashSet<>();
            Await.until(() -> {
                renewals.add(queue.find(job.id()).orElseThrow().updatedAt());
                return renewals.size() >= 3;
            });
            release.countDown();
            Await.until(() -> state(job) == JobState.SUCCEEDED);

            assertThat(queue.find(job.id()).orElseThrow().attempts()).isEqualTo(1);
        }
    }

    @Test
    void should_run_up_to_the_concurrency_at_once() throws Exception {
        CountDownLatch allIn = new CountDownLatch(3);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger peak = new AtomicInteger();
        AtomicInteger now = new AtomicInteger();
        try (JobRunner runner = new JobRunner(queue, FAST, registry)) {
            runner.register("wide", job -> {
                peak.accumulateAndGet(now.incrementAndGet(), Math::max);
                allIn.countDown();
                release.await();
                now.decrementAndGet();
            }, 3);
            for (int i = 0; i < 6; i++) runner.enqueue(JobRequest.of("wide", null, "{}"));
            allIn.await();
            release.countDown();
            Await.until(() -> queue.counts().get("wide").getOrDefault(JobState.SUCCEEDED, 0L) == 6);
        }
        assertThat(peak.get()).isEqualTo(3);
    }

    private JobState state(JobInfo job) {
        return queue.find(job.id()).orElseThrow().state();
    }
}
