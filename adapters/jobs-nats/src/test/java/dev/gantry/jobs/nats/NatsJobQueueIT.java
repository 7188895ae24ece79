package dev.gantry.jobs.nats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.gantry.core.jobs.JobInfo;
import dev.gantry.core.jobs.JobQueue;
import dev.gantry.core.jobs.JobRequest;
import dev.gantry.core.jobs.JobState;
import dev.gantry.testkit.jobs.JobQueueContract;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The contract against a real {@code nats-server -js} (Debian package {@code nats-server}; skipped with a
 * message when it is not installed). One server for the class: every test uses queues of its own.
 */
class NatsJobQueueIT extends JobQueueContract {
    private static final Duration ACK_WAIT = Duration.ofMillis(600);
    private static NatsServer server;

    @BeforeAll
    static void startServer() throws Exception {
        assumeTrue(NatsServer.installed(), "nats-server is not installed: install the Debian package nats-server "
                + "(apt-get install nats-server) to run NatsJobQueueIT");
        server = new NatsServer().start();
    }

    @AfterAll
    static void stopServer() throws Exception {
        if (server != null) server.close();
    }

    @Test
    void should_keep_jobs_and_dedupe_keys_across_a_server_restart() throws Exception {
        JobInfo done = queue.enqueue(JobRequest.of(name, "kept", "{\"n\":1}"));
        JobInfo waiting = queue.enqueue(JobRequest.of(name, null, "{\"n\":2}"));
        queue.complete(queue.claim(name, 1, LONG).getFirst());
        queue.close();

        server.restart();
        queue = openQueue();

        assertThat(queue.find(done.id()).orElseThrow().state()).isEqualTo(JobState.SUCCEEDED);
        assertThat(queue.enqueue(JobRequest.of(name, "kept", "{}")).id()).isEqualTo(done.id());
        assertThat(awaitClaim(name).job().id()).isEqualTo(waiting.id());
    }

    @Test
    void should_refuse_a_stream_prefix_nats_does_not_allow() {
        assertThatThrownBy(() -> NatsJobQueue.connect(server.url(), "bad.prefix", ACK_WAIT))
                .hasMessageContaining("NATS stream prefix 'bad.prefix' is not allowed");
    }

    @Override
    protected JobQueue openQueue() {
        return NatsJobQueue.connect(server.url(), "GANTRYTEST", ACK_WAIT);
    }

    @Override
    protected JobQueue reopenQueue() {
        queue.close();
        return openQueue();
    }

    @Override
    protected void closeQueue() {
        queue.close();
    }
}
