package dev.gantry.jobs.nats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.gantry.core.jobs.JobInfo;
import dev.gantry.core.jobs.JobLease;
import dev.gantry.core.jobs.JobQueue;
import dev.gantry.core.jobs.JobRequest;
import dev.gantry.core.jobs.JobState;
import dev.gantry.testkit.jobs.JobQueueContract;
import dev.gantry.testkit.jobs.NatsServer;
import io.nats.client.Connection;
import io.nats.client.Nats;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The contract against a real {@code nats-server -js} (Debian package {@code nats-server}; skipped with a
 * message when it is not installed). One server for the class: every test uses queues of its own.
 */
class NatsJobQueueIT extends JobQueueContract {
    private static final Duration ACK_WAIT = Duration.ofMillis(600);
    private static final String PREFIX = "GANTRYTEST";
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
    void should_deliver_a_job_once_although_its_message_was_published_twice() throws Exception {
        JobInfo job = queue.enqueue(JobRequest.of(name, null, "{}"));
        try (Connection raw = Nats.connect(server.url())) {
            raw.jetStream().publish(new Names(PREFIX).subject(name), job.id().getBytes(StandardCharsets.UTF_8));
        }

        List<JobLease> first = queue.claim(name, 10, LONG);
        List<JobLease> second = queue.claim(name, 10, LONG);

        assertThat(first).extracting(l -> l.job().id()).containsExactly(job.id());
        assertThat(second).isEmpty();
        assertThat(queue.complete(first.getFirst())).isTrue();
        assertThat(queue.claim(name, 10, LONG)).isEmpty();
    }

    @Test
    void should_publish_again_a_queued_job_whose_enqueuer_died_before_publishing() throws Exception {
        JobInfo stranded;
        try (Connection raw = Nats.connect(server.url())) {
            // what an enqueuer leaves when it dies after writing the record and binding the key, before publishing
            RecordStore records = new RecordStore(raw.keyValue(new Names(PREFIX).bucket));
            long now = JobRecord.micros(Instant.now());
            JobRecord record = new JobRecord(UUID.randomUUID().toString(), name, "order-5", "{}", JobState.QUEUED, 0,
                    5, now, now, now, null, null, 0, 0, 0);
            records.create(record);
            records.bindDedupe(name, "order-5", record.id());
            stranded = record.info();
        }
        assertThat(queue.claim(name, 1, LONG)).isEmpty();

        assertThat(queue.enqueue(JobRequest.of(name, "order-5", "{}")).id()).isEqualTo(stranded.id());

        assertThat(awaitClaim(name).job().id()).isEqualTo(stranded.id());
    }

    @Test
    void should_deliver_a_stranded_job_without_a_dedupe_key_once_queued_jobs_are_published_again() throws Exception {
        JobInfo normal = queue.enqueue(JobRequest.of(name, null, "{\"n\":1}"));
        JobInfo stranded;
        try (Connection raw = Nats.connect(server.url())) {
            long now = JobRecord.micros(Instant.now());
            JobRecord record = new JobRecord(UUID.randomUUID().toString(), name, null, "{\"n\":2}", JobState.QUEUED,
                    0, 5, now, now, now, null, null, 0, 0, 0);
            new RecordStore(raw.keyValue(new Names(PREFIX).bucket)).create(record);
            stranded = record.info();
        }

        assertThat(((NatsJobQueue) queue).republishQueued()).isGreaterThanOrEqualTo(2);

        List<String> delivered = new ArrayList<>();
        for (List<JobLease> got = queue.claim(name, 10, LONG); !got.isEmpty(); got = queue.claim(name, 10, LONG)) {
            got.forEach(l -> delivered.add(l.job().id()));
        }
        assertThat(delivered).containsExactlyInAnyOrder(normal.id(), stranded.id());
    }

    @Test
    void should_refuse_a_stream_prefix_nats_does_not_allow() {
        assertThatThrownBy(() -> NatsJobQueue.connect(server.url(), "bad.prefix", ACK_WAIT))
                .hasMessageContaining("NATS stream prefix 'bad.prefix' is not allowed");
    }

    @Override
    protected JobQueue openQueue() {
        return NatsJobQueue.connect(server.url(), PREFIX, ACK_WAIT);
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
