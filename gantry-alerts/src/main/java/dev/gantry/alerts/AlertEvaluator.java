package dev.gantry.alerts;

import dev.gantry.alerts.eval.RuleEvaluator;
import dev.gantry.alerts.eval.Sample;
import dev.gantry.alerts.rule.AlertRule;
import dev.gantry.core.alert.AlertEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Every rule's evaluator and the state machine, driven by explicit instants: no threads and no clock of its own,
 * so tests control time. The engine owns one and calls it from one thread.
 */
public final class AlertEvaluator {
    private final List<RuleEvaluator> evaluators;
    private final AlertStates states;
    private final Instant startedAt;

    /** @param resolveAfter how long a firing condition must stay clear before it resolves */
    public AlertEvaluator(List<RuleEvaluator> evaluators, Duration resolveAfter, Instant startedAt) {
        this.evaluators = List.copyOf(evaluators);
        this.states = new AlertStates(resolveAfter);
        this.startedAt = startedAt;
    }

    public List<AlertRule> rules() {
        return evaluators.stream().map(RuleEvaluator::rule).toList();
    }

    /** Takes the states last notified before a restart (see {@link dev.gantry.core.alert.AlertHistory#lastOfEachSubject}). */
    public void restore(List<AlertEvent> lastEvents) {
        states.restore(lastEvents, rules().stream().map(AlertRule::name).collect(Collectors.toSet()));
        for (RuleEvaluator e : evaluators) {
            e.restore(lastEvents.stream().filter(ev -> ev.rule().equals(e.rule().name())).toList());
        }
    }

    /** Reads what the evaluators need from history; may take a while. */
    public void prepare() {
        evaluators.forEach(RuleEvaluator::prepare);
    }

    public void record(Sample sample) {
        for (RuleEvaluator e : evaluators) e.record(sample);
    }

    /** The transitions at {@code now}: what to record and notify. */
    public List<AlertEvent> evaluate(Instant now) {
        List<AlertEvent> events = new ArrayList<>();
        for (RuleEvaluator e : evaluators) events.addAll(states.apply(e.rule(), e.evaluate(now), now));
        return events;
    }

    public List<RuleStatus> statuses() {
        return states.statuses(rules(), startedAt);
    }
}
