package dev.gantry.server.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.gantry.core.jobs.JobInfo;
import dev.gantry.core.jobs.JobRequest;
import dev.gantry.core.jobs.JobState;
import dev.gantry.core.jobs.PermanentJobFailure;
import dev.gantry.jobs.nats.NatsJobQueue;
import dev.gantry.server.GantryServerFixture;
import dev.gantry.testkit.Await;
import dev.gantry.testkit.jobs.NatsServer;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The server with {@code jobs.backend: nats} against a real {@code nats-server -js} (Debian package nats-server;
 * skipped with a message when absent): a handler's dead job is retried through the admin API and then succeeds.
 */
class JobsOnNatsIT {
    private static final String[] AUTH = {"authorization", "Bearer sk-fake-secret-123"};
    private NatsServer nats;
    private GantryServerFixture server;

    @BeforeEach
    void start() throws Exception {
        assumeTrue(NatsServer.installed(), "nats-server is not installed: install the Debian package nats-server "
                + "(apt-get install nats-server) to run JobsOnNatsIT");
        nats = new NatsServer().start();
        server = GantryServerFixture.start("admin-key: ${FAKE_KEY}\n"
                + "jobs: {backend: nats, poll-interval: 50ms, nats: {url: " + nats.url() + ", stream-prefix: SRV, "
                + "ack-wait: 2s}}\n");
    }

    @AfterEach
    void stop() throws Exception {
        if (server != null) server.close();
        if (nats != null) nats.close();
    }

    @Test
    void should_run_dead_letter_and_retry_jobs_on_jetstream() {
        AtomicInteger calls = new AtomicInteger();
        server.gantry.jobs().register("mail", job -> {
            if (calls.incrementAndGet() == 1) throw new PermanentJobFailure("template 'welcome' is missing");
        }, 2);
        assertThat(server.gantry.jobs().queue()).isInstanceOf(NatsJobQueue.class);

        JobInfo job = server.gantry.jobs().enqueue(JobRequest.of("mail", "signup-9", "{}"));
        Await.until(() -> state(job) == JobState.DEAD);
        assertThat(server.get("/gantry/jobs/counts", AUTH).body()).contains("\"dead\":1");

        assertThat(server.post("/gantry/jobs/" + job.id() + "/retry", "", AUTH).statusCode()).isEqualTo(200);
        Await.until(() -> state(job) == JobState.SUCCEEDED);
        assertThat(server.gantry.jobs().enqueue(JobRequest.of("mail", "signup-9", "{}")).id()).isEqualTo(job.id());
    }

    private JobState state(JobInfo job) {
        return server.gantry.jobs().queue().find(job.id()).orElseThrow().state();
    }
}
