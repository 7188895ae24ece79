package dev.gantry.alerts;

import java.time.Instant;
import java.util.List;

/**
 * A rule as the API shows it: firing while any of its subjects fires.
 *
 * @param since  firing: since its earliest firing subject began; ok: since its last subject resolved (or start-up)
 * @param firing the subjects that fire now
 */
public record RuleStatus(String name, String kind, boolean firing, Instant since, List<Subject> firingSubjects) {
    public RuleStatus {
        firingSubjects = List.copyOf(firingSubjects);
    }

    /** One firing subject: a key (with its budget threshold in {@code level}), a model alias, or "*". */
    public record Subject(String subject, int level, Instant since, double value, double threshold, String message) {
    }
}
