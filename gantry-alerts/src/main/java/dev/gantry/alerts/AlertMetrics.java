package dev.gantry.alerts;

import dev.gantry.core.alert.AlertState;

/** Counts what became of notices and samples; the server backs it with Micrometer. */
public interface AlertMetrics {
    String DELIVERED = "delivered";
    String FAILED = "failed";
    String DROPPED = "dropped";

    AlertMetrics NONE = new AlertMetrics() {
        @Override
        public void notification(String rule, AlertState state, String outcome) {
        }

        @Override
        public void samplesDropped() {
        }
    };

    /** One notice to one webhook ended {@link #DELIVERED}, {@link #FAILED} after its retries, or {@link #DROPPED}. */
    void notification(String rule, AlertState state, String outcome);

    /** A finished request was not counted because the engine's queue was full. */
    void samplesDropped();
}
