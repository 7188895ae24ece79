package dev.gantry.core.http;

import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

/**
 * Bounds the reading of a non-streamed body: the transport's timeout covers only the wait for headers,
 * while CallOptions.responseTimeout promises a limit on the whole answer. When time runs out the reply is
 * closed, which aborts the read. One daemon timer thread for every adapter; finished reads cancel (and so
 * remove) their task at once.
 */
public final class BodyDeadline {
    private static final ScheduledThreadPoolExecutor TIMER = timer();

    private BodyDeadline() {
    }

    /**
     * @param remaining time left for the body; null means no limit
     * @param onExpiry  the exception to throw when the deadline cut the read (given the read's own failure)
     */
    public static byte[] readAll(HttpReply reply, Duration remaining, Function<Throwable, RuntimeException> onExpiry) {
        if (remaining != null && (remaining.isNegative() || remaining.isZero())) {
            reply.close();
            throw onExpiry.apply(null);
        }
        AtomicBoolean expired = new AtomicBoolean();
        ScheduledFuture<?> task = remaining == null ? null : TIMER.schedule(() -> {
            expired.set(true);
            reply.close();
        }, remaining.toNanos(), TimeUnit.NANOSECONDS);
        try {
            return reply.readAll();
        } catch (RuntimeException e) {
            throw expired.get() ? onExpiry.apply(e) : e;
        } finally {
            if (task != null) task.cancel(false);
        }
    }

    private static ScheduledThreadPoolExecutor timer() {
        ScheduledThreadPoolExecutor t = new ScheduledThreadPoolExecutor(1, r -> {
            Thread th = new Thread(r, "gantry-body-deadline");
            th.setDaemon(true);
            return th;
        });
        t.setRemoveOnCancelPolicy(true);
        return t;
    }
}
