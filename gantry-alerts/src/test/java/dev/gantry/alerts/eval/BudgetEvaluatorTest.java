package dev.gantry.alerts.eval;

import static dev.gantry.alerts.eval.Samples.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.alerts.rule.BudgetRule;
import dev.gantry.core.keys.KeyBudget;
import dev.gantry.core.keys.VirtualKey;
import dev.gantry.core.limits.BudgetPeriod;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BudgetEvaluatorTest {
    private final Map<String, BigDecimal> spent = new HashMap<>();
    private final List<VirtualKey> keys = List.of(key("team-a", "50"), key("team-b", "10"), key("free", null));

    private static VirtualKey key(String name, String usd) {
        return new VirtualKey(name, "h-" + name, List.of(), 0, 0,
                usd == null ? null : new KeyBudget(new BigDecimal(usd), BudgetPeriod.MONTH), true, Instant.EPOCH);
    }

    private BudgetEvaluator evaluator(List<String> watched) {
        return new BudgetEvaluator(new BudgetRule("budgets", watched, List.of(100, 50, 80), List.of()), () -> keys,
                (key, start) -> start.equals(BudgetPeriod.MONTH.start(T0)) ? spent.getOrDefault(key, BigDecimal.ZERO) : BigDecimal.ZERO);
    }

    @Test
    void should_check_every_threshold_of_every_budgeted_key_when_no_keys_are_named() {
        spent.put("team-a", new BigDecimal("41.20"));

        List<Check> checks = evaluator(List.of()).evaluate(T0);

        assertThat(checks).extracting(Check::subject).containsOnly("team-a", "team-b").hasSize(6);
        assertThat(checks).filteredOn(c -> c.subject().equals("team-a"))
                .extracting(Check::level, Check::verdict)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(50, Verdict.BREACHED),
                        org.assertj.core.groups.Tuple.tuple(80, Verdict.BREACHED),
                        org.assertj.core.groups.Tuple.tuple(100, Verdict.CLEAR));
        assertThat(checks.getFirst().message()).isEqualTo(
                "key 'team-a' has used 82.4% of its $50 per month budget ($41.20 spent or reserved; threshold 50%)");
    }

    @Test
    void should_watch_only_the_named_keys() {
        assertThat(evaluator(List.of("team-b")).evaluate(T0)).extracting(Check::subject).containsOnly("team-b");
    }

    @Test
    void should_count_a_refusal_by_the_budget_in_this_period_as_100_percent() {
        spent.put("team-b", new BigDecimal("9.99"));
        BudgetEvaluator eval = evaluator(List.of("team-b"));
        eval.record(Samples.refused(T0.minusSeconds(5), "team-b"));

        List<Check> checks = eval.evaluate(T0);

        assertThat(checks).allMatch(c -> c.verdict() == Verdict.BREACHED);
        assertThat(checks.getFirst().value()).isEqualTo(100.0);
    }

    @Test
    void should_be_clear_again_when_the_period_rolls_over() {
        spent.put("team-b", new BigDecimal("10"));
        BudgetEvaluator eval = evaluator(List.of("team-b"));
        eval.record(Samples.refused(T0, "team-b"));
        Instant nextMonth = Instant.parse("2027-01-01T00:00:10Z");

        assertThat(eval.evaluate(nextMonth)).allMatch(c -> c.verdict() == Verdict.CLEAR && c.value() == 0);
    }

    @Test
    void should_keep_the_highest_percent_of_the_period_when_a_reservation_settles_lower() {
        BudgetEvaluator eval = evaluator(List.of("team-b"));
        spent.put("team-b", new BigDecimal("8.5")); // a worst-case reservation in flight
        assertThat(eval.evaluate(T0).get(1).verdict()).isEqualTo(Verdict.BREACHED); // 80%

        spent.put("team-b", new BigDecimal("7.9")); // settled to the real cost
        assertThat(eval.evaluate(T0.plusSeconds(15)).get(1).verdict()).isEqualTo(Verdict.BREACHED);
    }

    @Test
    void should_clear_when_the_budget_is_raised() {
        spent.put("team-b", new BigDecimal("8.5"));
        List<VirtualKey> current = new java.util.ArrayList<>(List.of(key("team-b", "10")));
        BudgetEvaluator eval = new BudgetEvaluator(new BudgetRule("budgets", List.of(), List.of(80), List.of()), () -> current,
                (k, start) -> spent.getOrDefault(k, BigDecimal.ZERO));
        assertThat(eval.evaluate(T0).getFirst().verdict()).isEqualTo(Verdict.BREACHED);

        current.set(0, key("team-b", "20"));
        assertThat(eval.evaluate(T0.plusSeconds(15)).getFirst().verdict()).isEqualTo(Verdict.CLEAR);
    }

    @Test
    void should_restore_a_threshold_reached_before_a_restart_in_the_same_period() {
        spent.put("team-b", new BigDecimal("9.5")); // refused before the restart; the refusal itself is not remembered
        BudgetEvaluator eval = evaluator(List.of("team-b"));
        eval.restore(List.of(new dev.gantry.core.alert.AlertEvent(T0.minusSeconds(60), "budgets", "budget", "team-b", 100,
                dev.gantry.core.alert.AlertState.FIRING, "at 100%", 100, 100)));

        assertThat(eval.evaluate(T0)).allMatch(c -> c.verdict() == Verdict.BREACHED);
        assertThat(eval.evaluate(Instant.parse("2027-01-02T00:00:00Z"))).allMatch(c -> c.verdict() == Verdict.CLEAR);
    }
}
