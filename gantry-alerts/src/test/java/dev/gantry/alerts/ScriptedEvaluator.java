package dev.gantry.alerts;

import dev.gantry.alerts.eval.Check;
import dev.gantry.alerts.eval.RuleEvaluator;
import dev.gantry.alerts.eval.Sample;
import dev.gantry.alerts.eval.Verdict;
import dev.gantry.alerts.rule.AlertRule;
import dev.gantry.alerts.rule.ErrorRateRule;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** An evaluator whose next checks the test sets, to drive the state machine directly. */
final class ScriptedEvaluator implements RuleEvaluator {
    private final AlertRule rule;
    private List<Check> next = List.of();

    ScriptedEvaluator(String name) {
        this.rule = new ErrorRateRule(name, "chat", 5, Duration.ofMinutes(5), 1, List.of());
    }

    ScriptedEvaluator says(Verdict... verdicts) {
        List<Check> checks = new ArrayList<>();
        for (int i = 0; i < verdicts.length; i++) {
            checks.add(new Check(i == 0 ? "chat" : "chat" + i, 0, verdicts[i], 10, 5, "measured " + verdicts[i]));
        }
        next = checks;
        return this;
    }

    @Override
    public AlertRule rule() {
        return rule;
    }

    @Override
    public void record(Sample sample) {
    }

    @Override
    public List<Check> evaluate(Instant now) {
        return next;
    }
}
