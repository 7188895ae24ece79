package dev.gantry.core.alert;

import java.time.Instant;
import java.util.Objects;

/**
 * One transition of one alert: what is notified and what the history keeps. A rule watches one or more
 * subjects (a key, a model alias, all traffic); budget rules watch each key once per threshold ({@code level}).
 *
 * @param kind      the rule's kind: budget, error-rate, latency, cost-anomaly
 * @param subject   what the rule looked at: a key name, a model alias, or "*" for all traffic
 * @param level     the budget threshold in percent; 0 for the other kinds
 * @param message   a sentence for people; never holds secrets
 * @param value     the measured value (percent of budget, error percent, latency ms, cost USD)
 * @param threshold the limit it was compared with, in the same unit
 */
public record AlertEvent(Instant at, String rule, String kind, String subject, int level, AlertState state,
                         String message, double value, double threshold) {
    public AlertEvent {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(state, "state");
    }

    /** The rule, subject and level: what one state machine tracks. */
    public String identity() {
        return rule + '\u0000' + subject + '\u0000' + level;
    }
}
