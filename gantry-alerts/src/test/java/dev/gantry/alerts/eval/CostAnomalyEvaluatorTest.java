package dev.gantry.alerts.eval;

import static dev.gantry.alerts.eval.Samples.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.alerts.rule.CostAnomalyRule;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class CostAnomalyEvaluatorTest {
    private static final long DOLLAR = 1_000_000_000L;
    private final CostAnomalyRule rule = new CostAnomalyRule("spend-spike", null, Duration.ofHours(1), Duration.ofHours(24),
            3, new BigDecimal("1.00"), List.of());

    /** One dollar in each of the 24 hours before {@code now}'s hour: a trailing average of $1 per hour. */
    private static void steadyDay(CostAnomalyEvaluator eval, Instant now) {
        for (int h = 1; h <= 24; h++) eval.record(Samples.costing(now.minus(Duration.ofHours(h)).minusSeconds(60), "chat", DOLLAR));
    }

    @Test
    void should_breach_when_the_last_window_costs_more_than_factor_times_the_trailing_average() {
        CostAnomalyEvaluator eval = new CostAnomalyEvaluator(rule, null, T0);
        Instant now = T0.plus(Duration.ofDays(2));
        steadyDay(eval, now);
        eval.record(Samples.costing(now.minusSeconds(600), "chat", 4 * DOLLAR));

        Check c = eval.evaluate(now).getFirst();

        assertThat(c.verdict()).isEqualTo(Verdict.BREACHED);
        assertThat(c.subject()).isEqualTo("*");
        assertThat(c.value()).isEqualTo(4.0);
        assertThat(c.message()).contains("$4 spent in the last 1h", "average of $1 per 1h over the 24h before", "above 3x and $1");
    }

    @Test
    void should_be_clear_at_the_usual_spend() {
        CostAnomalyEvaluator eval = new CostAnomalyEvaluator(rule, null, T0);
        Instant now = T0.plus(Duration.ofDays(2));
        steadyDay(eval, now);
        eval.record(Samples.costing(now.minusSeconds(600), "chat", 2 * DOLLAR));

        assertThat(eval.evaluate(now).getFirst().verdict()).isEqualTo(Verdict.CLEAR);
    }

    @Test
    void should_ignore_a_spike_below_the_minimum_cost() {
        CostAnomalyEvaluator eval = new CostAnomalyEvaluator(rule, null, T0);
        eval.record(Samples.costing(T0.plusSeconds(60), "chat", DOLLAR / 2)); // no history at all, but only $0.50

        assertThat(eval.evaluate(T0.plusSeconds(120)).getFirst().verdict()).isEqualTo(Verdict.CLEAR);
    }

    @Test
    void should_seed_the_trailing_period_from_the_ledger_so_a_restart_does_not_look_like_a_spike() {
        CostHistory ledger = (from, to, model) -> (to.toEpochMilli() - from.toEpochMilli()) * DOLLAR / 3_600_000; // $1/h
        CostAnomalyEvaluator eval = new CostAnomalyEvaluator(rule, ledger, T0);
        eval.prepare();
        eval.record(Samples.costing(T0.plusSeconds(60), "chat", DOLLAR));

        Check c = eval.evaluate(T0.plusSeconds(120)).getFirst();

        assertThat(c.verdict()).isEqualTo(Verdict.CLEAR);
        assertThat(c.message()).contains("average of $1 per 1h");
    }

    @Test
    void should_watch_only_its_model_when_one_is_named() {
        CostAnomalyRule chatOnly = new CostAnomalyRule("chat-spike", "chat", Duration.ofHours(1), Duration.ofHours(24), 3,
                BigDecimal.ONE, List.of());
        CostAnomalyEvaluator eval = new CostAnomalyEvaluator(chatOnly, null, T0);
        eval.record(Samples.costing(T0.plusSeconds(60), "other", 10 * DOLLAR));

        Check c = eval.evaluate(T0.plusSeconds(120)).getFirst();

        assertThat(c.verdict()).isEqualTo(Verdict.CLEAR);
        assertThat(c.subject()).isEqualTo("chat");
    }
}
