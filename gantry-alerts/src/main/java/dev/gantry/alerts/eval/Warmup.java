package dev.gantry.alerts.eval;

import java.time.Duration;
import java.time.Instant;

/**
 * Too few requests in a window right after start-up says nothing (the window was empty when the process began),
 * so the alert keeps the state it had before the restart; later it means the condition is clear.
 */
final class Warmup {
    private Warmup() {
    }

    static Verdict tooFew(Instant startedAt, Duration window, Instant now) {
        return now.isBefore(startedAt.plus(window)) ? Verdict.UNKNOWN : Verdict.CLEAR;
    }
}
