package dev.gantry.jobs;

import java.time.Duration;
import java.util.Objects;

/**
 * How a {@link JobRunner} works its queues.
 *
 * @param pollInterval  how long an idle queue waits before asking again for due jobs
 * @param lease         the lease a claim takes; a running job's lease is renewed every third of it, so it only
 *                      bounds how long a crashed worker's job waits before redelivery
 * @param backoff       the delay before each retry of a failed job
 * @param shutdownGrace how long {@link JobRunner#close()} lets running handlers finish; jobs still running then
 *                      are abandoned and delivered again once their lease expires
 */
public record RunnerSettings(Duration pollInterval, Duration lease, Backoff backoff, Duration shutdownGrace) {
    public static final RunnerSettings DEFAULT = new RunnerSettings(Duration.ofSeconds(1), Duration.ofSeconds(60),
            Backoff.DEFAULT, Duration.ofSeconds(30));

    public RunnerSettings {
        Objects.requireNonNull(backoff, "backoff");
        requirePositive(pollInterval, "poll interval", "1s");
        requirePositive(lease, "lease", "60s");
        Objects.requireNonNull(shutdownGrace, "shutdownGrace");
        if (shutdownGrace.isNegative()) {
            throw new IllegalArgumentException("shutdown grace is " + shutdownGrace + "; give 0s or more");
        }
    }

    private static void requirePositive(Duration value, String what, String example) {
        Objects.requireNonNull(value, what);
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(what + " is " + value + "; it must be positive, e.g. " + example);
        }
    }
}
