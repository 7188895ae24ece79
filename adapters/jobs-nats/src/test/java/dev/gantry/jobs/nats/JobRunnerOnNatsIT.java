package dev.gantry.jobs.nats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.gantry.core.jobs.JobInfo;
import dev.gantry.core.jobs.JobQueue;
import dev.gantry.core.jobs.JobRequest;
import dev.gantry.core.jobs.JobState;
import dev.gantry.jobs.Backoff;
import dev.gantry.jobs.JobRunner;
import dev.gantry.jobs.RunnerSettings;
import dev.gantry.testkit.Await;
import dev.gantry.testkit.jobs.NatsServer;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The runner on JetStream: retries with backoff end in success or a dead letter, and a job whose process died
 * (its connection closed without an ack) is redelivered to another process's runner.
 */
class JobRunnerOnNatsIT {
    private static final Duration ACK_WAIT = Duration.ofMillis(600);
    private static final RunnerSettings FAST = new RunnerSettings(Duration.ofMillis(20), Duration.ofSeconds(30),
            new Backoff(Duration.ofMillis(10), Duration.ofMillis(40)), Duration.ZERO);
    private static NatsServer server;

    @BeforeAll
    static void startServer() throws Exception {
        assumeTrue(NatsServer.installed(), "nats-server is not installed: install the Debian package nats-server "
                + "(apt-get install nats-server) to run JobRunnerOnNatsIT");
        server = new NatsServer().start();
    }

    @AfterAll
    static void stopServer() throws Exception {
        if (server != null) server.close();
    }

    @Test
    void should_retry_until_success_and_dead_letter_when_attempts_run_out() {
        AtomicInteger flakyCalls = new AtomicInteger();
        try (JobQueue queue = open(); JobRunner runner = new JobRunner(queue, FAST, null)) {
            runner.register("flaky", job -> {
                if (flakyCalls.incrementAndGet() < 3) throw new IllegalStateException("upstream 503");
            }, 2);
            runner.register("doomed", job -> {
                throw new IllegalStateException("always");
            }, 2);
            JobInfo flaky = runner.enqueue(JobRequest.of("flaky", null, "{}"));
            JobInfo doomed = runner.enqueue(new JobRequest("doomed", null, "{}", 2, null));

            Await.until(() -> state(queue, flaky) == JobState.SUCCEEDED && state(queue, doomed) == JobState.DEAD);

            assertThat(queue.find(flaky.id()).orElseThrow().attempts()).isEqualTo(3);
            assertThat(queue.find(doomed.id()).orElseThrow().attempts()).isEqualTo(2);
            assertThat(queue.find(doomed.id()).orElseThrow().lastError()).isEqualTo("IllegalStateException: always");
        }
    }

    @Test
    void should_redeliver_to_another_process_a_job_whose_process_died() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch never = new CountDownLatch(1);
        JobQueue dying = open();
        JobRunner crashed = new JobRunner(dying, FAST, null);
        crashed.register("work", job -> {
            started.countDown();
            never.await();
        }, 1);
        JobInfo job = crashed.enqueue(JobRequest.of("work", null, "{}"));
        started.await();
        crashed.close(); // grace zero: the job is abandoned, never acked
        dying.close(); // the connection goes: no more progress reports

        List<Integer> attempts = new CopyOnWriteArrayList<>();
        try (JobQueue queue = open(); JobRunner next = new JobRunner(queue, FAST, null)) {
            next.register("work", j -> attempts.add(j.attempts()), 1);
            Await.until(() -> state(queue, job) == JobState.SUCCEEDED);
        }
        assertThat(attempts).containsExactly(2);
    }

    private static JobQueue open() {
        return NatsJobQueue.connect(server.url(), "RUNNERTEST", ACK_WAIT);
    }

    private static JobState state(JobQueue queue, JobInfo job) {
        return queue.find(job.id()).orElseThrow().state();
    }
}
