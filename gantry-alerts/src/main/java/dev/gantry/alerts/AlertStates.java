package dev.gantry.alerts;

import dev.gantry.alerts.eval.Check;
import dev.gantry.alerts.eval.Verdict;
import dev.gantry.alerts.rule.AlertRule;
import dev.gantry.core.alert.AlertEvent;
import dev.gantry.core.alert.AlertState;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * ok -> firing -> ok per rule, subject and budget threshold; only transitions produce events, so an alert that
 * stays firing is notified once. A firing alert resolves only after its condition has been clear for
 * {@code resolveAfter} without a break: a value wobbling around the limit does not notify on every evaluation.
 */
final class AlertStates {
    private final Duration resolveAfter;
    private final Map<String, SubjectState> states = new LinkedHashMap<>();

    AlertStates(Duration resolveAfter) {
        this.resolveAfter = resolveAfter;
    }

    /** Takes the last notified state of each subject from the history, so a restart does not notify it again. */
    void restore(List<AlertEvent> lastEvents, Set<String> ruleNames) {
        for (AlertEvent e : lastEvents) {
            if (!ruleNames.contains(e.rule())) continue;
            states.put(e.identity(), new SubjectState(e.rule(), e.kind(), e.subject(), e.level(),
                    e.state() == AlertState.FIRING, e.at(), null, e.value(), e.threshold(), e.message()));
        }
    }

    /** Applies one evaluation of {@code rule}; a firing subject the rule no longer reports counts as clear. */
    List<AlertEvent> apply(AlertRule rule, List<Check> checks, Instant now) {
        List<AlertEvent> events = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Check c : checks) {
            String id = identity(rule.name(), c.subject(), c.level());
            seen.add(id);
            SubjectState before = states.get(id);
            SubjectState after = next(rule, before, c, now);
            if (after != null) states.put(id, after);
            if (after != null && (before == null ? after.firing() : before.firing() != after.firing())) {
                events.add(event(after, now));
            }
        }
        for (var entry : List.copyOf(states.entrySet())) {
            SubjectState s = entry.getValue();
            if (!s.rule().equals(rule.name()) || seen.contains(entry.getKey()) || !s.firing()) continue;
            Check gone = new Check(s.subject(), s.level(), Verdict.CLEAR, s.value(), s.threshold(),
                    "'" + s.subject() + "' is no longer watched by this rule");
            SubjectState after = next(rule, s, gone, now);
            states.put(entry.getKey(), after);
            if (!after.firing()) events.add(event(after, now));
        }
        return events;
    }

    private SubjectState next(AlertRule rule, SubjectState before, Check c, Instant now) {
        boolean firing = before != null && before.firing();
        return switch (c.verdict()) {
            case UNKNOWN -> before;
            case BREACHED -> new SubjectState(rule.name(), rule.kind(), c.subject(), c.level(), true,
                    firing ? before.since() : now, null, c.value(), c.threshold(), c.message());
            case CLEAR -> {
                if (!firing) {
                    yield new SubjectState(rule.name(), rule.kind(), c.subject(), c.level(), false,
                            before == null ? null : before.since(), null, c.value(), c.threshold(), c.message());
                }
                SubjectState clearing = before.clearFrom(now);
                boolean resolved = !now.isBefore(clearing.clearSince().plus(resolveAfter));
                yield resolved ? new SubjectState(rule.name(), rule.kind(), c.subject(), c.level(), false, now, null,
                        c.value(), c.threshold(), c.message()) : clearing;
            }
        };
    }

    private static AlertEvent event(SubjectState s, Instant now) {
        return new AlertEvent(now, s.rule(), s.kind(), s.subject(), s.level(),
                s.firing() ? AlertState.FIRING : AlertState.RESOLVED, s.message(), s.value(), s.threshold());
    }

    /** Each rule's state for the API, in the order given. */
    List<RuleStatus> statuses(List<AlertRule> rules, Instant startedAt) {
        List<RuleStatus> out = new ArrayList<>();
        for (AlertRule r : rules) out.add(status(r, startedAt));
        return out;
    }

    private RuleStatus status(AlertRule rule, Instant startedAt) {
        List<RuleStatus.Subject> firing = new ArrayList<>();
        Instant firingSince = null;
        Instant lastResolved = null;
        for (SubjectState s : states.values()) {
            if (!s.rule().equals(rule.name())) continue;
            if (s.firing()) {
                firing.add(new RuleStatus.Subject(s.subject(), s.level(), s.since(), s.value(), s.threshold(), s.message()));
                if (firingSince == null || s.since().isBefore(firingSince)) firingSince = s.since();
            } else if (s.since() != null && (lastResolved == null || s.since().isAfter(lastResolved))) {
                lastResolved = s.since();
            }
        }
        Instant okSince = lastResolved == null ? startedAt : lastResolved;
        return new RuleStatus(rule.name(), rule.kind(), !firing.isEmpty(), firing.isEmpty() ? okSince : firingSince, firing);
    }

    private static String identity(String rule, String subject, int level) {
        return rule + '\u0000' + subject + '\u0000' + level;
    }
}
