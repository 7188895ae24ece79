package dev.gantry.gateway.batch;

import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Polls unfinished batches on one virtual thread, every {@code interval}, off the request path. */
public final class BatchPoller implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(BatchPoller.class.getName());
    private final Thread thread;
    private volatile boolean running = true;

    private BatchPoller(ChatBatchService service, Duration interval) {
        thread = Thread.ofVirtual().name("gantry-batch-poller").unstarted(() -> loop(service, interval));
    }

    /** Starts polling at once (batches left unfinished by an earlier run are picked up first thing). */
    public static BatchPoller start(ChatBatchService service, Duration interval) {
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("batch poll interval is " + interval + "; it must be positive, e.g. 30s");
        }
        BatchPoller p = new BatchPoller(service, interval);
        p.thread.start();
        return p;
    }

    private void loop(ChatBatchService service, Duration interval) {
        while (running) {
            try {
                service.pollOnce();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "batch poll round failed; retried after " + interval, e);
            }
            try {
                Thread.sleep(interval);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
        try {
            thread.join(Duration.ofSeconds(10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
