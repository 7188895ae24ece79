package dev.gantry.jobs.nats;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.gantry.core.jobs.JobQueue;
import dev.gantry.testkit.jobs.JobQueueContract;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

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
