package dev.gantry.alerts;

import static dev.gantry.alerts.eval.Verdict.BREACHED;
import static dev.gantry.alerts.eval.Verdict.CLEAR;
import static dev.gantry.alerts.eval.Verdict.UNKNOWN;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.core.alert.AlertEvent;
import dev.gantry.core.alert.AlertState;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The ok -> firing -> ok machine, driven by scripted checks and explicit instants. */
class AlertStatesTest {
    private static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");
    private final ScriptedEvaluator rule = new ScriptedEvaluator("chat-errors");

    private AlertEvaluator evaluator(Duration resolveAfter) {
        return new AlertEvaluator(List.of(rule), resolveAfter, T0);
    }

    private static Instant at(int seconds) {
        return T0.plusSeconds(seconds);
    }

    @Test
    void should_notify_once_when_firing_and_not_again_while_it_stays_firing() {
        AlertEvaluator e = evaluator(Duration.ZERO);
        assertThat(e.evaluate(at(0))).isEmpty();

        rule.says(BREACHED);
        List<AlertEvent> first = e.evaluate(at(15));
        List<AlertEvent> second = e.evaluate(at(30));
        List<AlertEvent> third = e.evaluate(at(45));

        assertThat(first).singleElement().satisfies(ev -> {
            assertThat(ev.state()).isEqualTo(AlertState.FIRING);
            assertThat(ev.rule()).isEqualTo("chat-errors");
            assertThat(ev.kind()).isEqualTo("error-rate");
            assertThat(ev.subject()).isEqualTo("chat");
            assertThat(ev.at()).isEqualTo(at(15));
            assertThat(ev.message()).isEqualTo("measured BREACHED");
        });
        assertThat(second).isEmpty();
        assertThat(third).isEmpty();
    }

    @Test
    void should_send_a_recovery_notice_when_the_condition_clears() {
        AlertEvaluator e = evaluator(Duration.ZERO);
        rule.says(BREACHED);
        e.evaluate(at(0));

        rule.says(CLEAR);
        List<AlertEvent> events = e.evaluate(at(15));

        assertThat(events).singleElement().satisfies(ev -> {
            assertThat(ev.state()).isEqualTo(AlertState.RESOLVED);
            assertThat(ev.message()).isEqualTo("measured CLEAR");
        });
        assertThat(e.evaluate(at(30))).isEmpty();
    }

    @Test
    void should_resolve_only_after_the_condition_stayed_clear_for_resolve_after() {
        AlertEvaluator e = evaluator(Duration.ofSeconds(60));
        rule.says(BREACHED);
        e.evaluate(at(0));

        rule.says(CLEAR);
        assertThat(e.evaluate(at(15))).isEmpty();
        rule.says(BREACHED); // a wobble back over the limit restarts the clock, without a new notice
        assertThat(e.evaluate(at(30))).isEmpty();
        rule.says(CLEAR);
        assertThat(e.evaluate(at(45))).isEmpty();
        assertThat(e.evaluate(at(90))).isEmpty();
        assertThat(e.evaluate(at(105))).singleElement().extracting(AlertEvent::state).isEqualTo(AlertState.RESOLVED);
    }

    @Test
    void should_keep_the_state_while_the_rule_cannot_judge() {
        AlertEvaluator e = evaluator(Duration.ZERO);
        rule.says(BREACHED);
        e.evaluate(at(0));

        rule.says(UNKNOWN);
        assertThat(e.evaluate(at(15))).isEmpty();
        assertThat(e.statuses().getFirst().firing()).isTrue();
    }

    @Test
    void should_not_notify_again_after_a_restart_what_was_already_notified() {
        AlertEvaluator before = evaluator(Duration.ZERO);
        rule.says(BREACHED);
        List<AlertEvent> notified = before.evaluate(at(0));

        AlertEvaluator after = evaluator(Duration.ZERO);
        after.restore(notified);

        assertThat(after.evaluate(at(60))).isEmpty();
        rule.says(CLEAR);
        assertThat(after.evaluate(at(75))).singleElement().extracting(AlertEvent::state).isEqualTo(AlertState.RESOLVED);
    }

    @Test
    void should_ignore_restored_states_of_rules_no_longer_configured() {
        AlertEvaluator e = evaluator(Duration.ZERO);
        e.restore(List.of(new AlertEvent(T0, "gone", "latency", "chat", 0, AlertState.FIRING, "old", 1, 1)));

        assertThat(e.statuses()).extracting(RuleStatus::name).containsExactly("chat-errors");
    }

    @Test
    void should_resolve_a_firing_subject_the_rule_stops_reporting() {
        AlertEvaluator e = evaluator(Duration.ZERO);
        rule.says(BREACHED, BREACHED);
        assertThat(e.evaluate(at(0))).hasSize(2);

        rule.says(BREACHED);
        assertThat(e.evaluate(at(15))).singleElement().satisfies(ev -> {
            assertThat(ev.subject()).isEqualTo("chat1");
            assertThat(ev.state()).isEqualTo(AlertState.RESOLVED);
            assertThat(ev.message()).contains("no longer watched");
        });
    }

    @Test
    void should_report_the_rule_firing_since_its_first_firing_subject_and_ok_since_its_last_resolution() {
        AlertEvaluator e = evaluator(Duration.ZERO);
        assertThat(e.statuses().getFirst()).satisfies(s -> {
            assertThat(s.firing()).isFalse();
            assertThat(s.since()).isEqualTo(T0);
        });
        rule.says(BREACHED);
        e.evaluate(at(10));
        rule.says(BREACHED, BREACHED);
        e.evaluate(at(20));

        RuleStatus firing = e.statuses().getFirst();
        assertThat(firing.firing()).isTrue();
        assertThat(firing.since()).isEqualTo(at(10));
        assertThat(firing.firingSubjects()).extracting(RuleStatus.Subject::subject).containsExactlyInAnyOrder("chat", "chat1");

        rule.says(CLEAR, CLEAR);
        e.evaluate(at(30));
        assertThat(e.statuses().getFirst()).satisfies(s -> {
            assertThat(s.firing()).isFalse();
            assertThat(s.since()).isEqualTo(at(30));
            assertThat(s.firingSubjects()).isEmpty();
        });
    }
}
