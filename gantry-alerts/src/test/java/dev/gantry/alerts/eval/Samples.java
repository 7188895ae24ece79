package dev.gantry.alerts.eval;

import java.time.Instant;

/** Samples for tests: one finished request at a given instant. */
final class Samples {
    static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");

    private Samples() {
    }

    static Sample ok(Instant at, String model, long latencyMs) {
        return new Sample(at.toEpochMilli(), "k", model, false, latencyMs, 0, false);
    }

    static Sample failed(Instant at, String model) {
        return new Sample(at.toEpochMilli(), "k", model, true, -1, 0, false);
    }

    static Sample costing(Instant at, String model, long nanos) {
        return new Sample(at.toEpochMilli(), "k", model, false, 10, nanos, false);
    }

    static Sample refused(Instant at, String key) {
        return new Sample(at.toEpochMilli(), key, "chat", false, -1, 0, true);
    }
}
