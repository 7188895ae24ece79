package dev.gantry.gateway;

import java.time.Duration;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Deadlines for streams: runs an action (closing the upstream stream) when a limit passes. One daemon
 * thread for the whole gateway; cancelled deadlines are removed at once so the queue stays small.
 */
public final class Watchdog implements AutoCloseable {
    private final ScheduledThreadPoolExecutor timer;

    public Watchdog() {
        timer = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "gantry-watchdog");
            t.setDaemon(true);
            return t;
        });
        timer.setRemoveOnCancelPolicy(true);
    }

    /**
     * Runs {@code action} once {@code limit} has passed, on a virtual thread of its own: closing an upstream
     * connection can block, and one slow close must never delay every other deadline.
     */
    public Future<?> after(Duration limit, Runnable action) {
        return timer.schedule(() -> Thread.ofVirtual().name("gantry-deadline").start(action), limit.toNanos(),
                TimeUnit.NANOSECONDS);
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
