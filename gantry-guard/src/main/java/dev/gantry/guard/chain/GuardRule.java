package dev.gantry.guard.chain;

import dev.gantry.guard.Detector;
import dev.gantry.guard.Finding;
import java.util.Objects;
import java.util.Set;

/**
 * One line of a guard policy: which findings of a detector (by type, from a minimum score) get which
 * action. An empty {@code types} set means every type the detector reports.
 *
 * @param name     shown in decisions and errors; defaults to the detector's name
 * @param minScore findings scoring below are ignored
 */
public record GuardRule(String name, Detector detector, GuardAction action, double minScore, Set<String> types) {
    public GuardRule {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(detector, "detector");
        Objects.requireNonNull(action, "action");
        if (!(minScore >= 0 && minScore <= 1)) throw new IllegalArgumentException("minScore " + minScore + " is not in [0, 1]");
        types = Set.copyOf(types);
    }

    /** Every finding of {@code detector}, whatever its score, gets {@code action}. */
    public static GuardRule of(Detector detector, GuardAction action) {
        return new GuardRule(detector.name(), detector, action, 0, Set.of());
    }

    public GuardRule named(String newName) {
        return new GuardRule(newName, detector, action, minScore, types);
    }

    public GuardRule minScore(double newMinScore) {
        return new GuardRule(name, detector, action, newMinScore, types);
    }

    public GuardRule types(String... newTypes) {
        return new GuardRule(name, detector, action, minScore, Set.of(newTypes));
    }

    public boolean applies(Finding finding) {
        return finding.score() >= minScore && (types.isEmpty() || types.contains(finding.type()));
    }
}
