package dev.gantry.testkit;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Where scripted delays wait. {@link #releaseAll()} (on reset and close) ends every wait in progress, so a
 * stall left over from one test never holds a connection into the next one or delays shutdown.
 */
final class StallGate {
    private volatile CountDownLatch latch = new CountDownLatch(1);

    /** @return true when the wait was ended early by {@link #releaseAll()} (the caller then aborts) */
    boolean pause(Duration duration) {
        if (duration == null || duration.isZero() || duration.isNegative()) return false;
        CountDownLatch current = latch;
        try {
            return current.await(duration.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return true;
        }
    }

    void releaseAll() {
        CountDownLatch old = latch;
        latch = new CountDownLatch(1);
        old.countDown();
    }
}
