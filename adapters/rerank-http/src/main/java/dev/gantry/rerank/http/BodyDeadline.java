package dev.gantry.rerank.http;

import dev.gantry.core.http.HttpReply;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Reads a whole body within what is left of the call's time: the transport's timeout covers only the wait for
 * headers, so a server that stalls mid-body would otherwise hold the search. On expiry the reply is closed,
 * which aborts the read. One daemon timer thread for the module; finished reads remove their task at once.
 */
final class BodyDeadline {
    private static final ScheduledThreadPoolExecutor TIMER = timer();

    /** The read was cut by the deadline. */
    static final class Expired extends Exception {
        Expired(Throwable cause) {
            super(cause);
        }
    }

    private BodyDeadline() {
    }

    static byte[] readAll(HttpReply reply, Duration remaining) throws Expired {
        if (remaining.isNegative() || remaining.isZero()) {
            reply.close();
            throw new Expired(null);
        }
        AtomicBoolean expired = new AtomicBoolean();
        ScheduledFuture<?> task = TIMER.schedule(() -> {
            expired.set(true);
            reply.close();
        }, remaining.toNanos(), TimeUnit.NANOSECONDS);
        try {
            return reply.readAll();
        } catch (RuntimeException e) {
            if (expired.get()) throw new Expired(e);
            throw e;
        } finally {
            task.cancel(false);
        }
    }

    private static ScheduledThreadPoolExecutor timer() {
        ScheduledThreadPoolExecutor t = new ScheduledThreadPoolExecutor(1, r -> {
            Thread th = new Thread(r, "gantry-rerank-body-deadline");
            th.setDaemon(true);
            return th;
        });
        t.setRemoveOnCancelPolicy(true);
        return t;
    }
}
