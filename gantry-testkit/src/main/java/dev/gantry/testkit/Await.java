package dev.gantry.testkit;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Polls a condition for background work (job runners, pollers) instead of sleeping a guessed time. */
public final class Await {
    private static final Duration LIMIT = Duration.ofMinutes(1);

    private Await() {
    }

    /** Returns once {@code condition} holds; fails the test after a minute (far beyond any expected wait). */
    public static void until(BooleanSupplier condition) {
        long deadline = System.nanoTime() + LIMIT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) throw new AssertionError("condition not met within a minute");
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
