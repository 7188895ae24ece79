package dev.gantry.alerts.eval;

import dev.gantry.alerts.rule.AlertRule;
import java.time.Instant;
import java.util.List;

/** Watches one rule's signal. Called from one thread only (the alert engine's). */
public interface RuleEvaluator {
    AlertRule rule();

    /** Every finished request passes here, in the order the engine received them. */
    void record(Sample sample);

    /** The rule's checks at {@code now}, one per subject it watches. */
    List<Check> evaluate(Instant now);

    /** The last notified event of each of this rule's subjects before a restart, for evaluators that latch. */
    default void restore(List<dev.gantry.core.alert.AlertEvent> lastEvents) {
    }

    /** Work before the first evaluation that may take a while (reading history); runs off the request path. */
    default void prepare() {
    }
}
