package dev.gantry.alerts.eval;

import static dev.gantry.alerts.eval.Samples.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.alerts.rule.LatencyRule;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class LatencyEvaluatorTest {
    private final LatencyRule rule = new LatencyRule("chat-latency", "chat", 95, Duration.ofSeconds(2),
            Duration.ofMinutes(5), 20, List.of());
    private final LatencyEvaluator eval = new LatencyEvaluator(rule, T0);

    @Test
    void should_breach_when_the_percentile_is_above_the_limit() {
        for (int i = 0; i < 90; i++) eval.record(Samples.ok(T0.plusSeconds(5), "chat", 300));
        for (int i = 0; i < 10; i++) eval.record(Samples.ok(T0.plusSeconds(5), "chat", 3_000));

        Check c = eval.evaluate(T0.plusSeconds(10)).getFirst();

        assertThat(c.verdict()).isEqualTo(Verdict.BREACHED);
        assertThat(c.value()).isBetween(3_000.0, 3_150.0); // reported as its 5%-wide bucket's upper bound
        assertThat(c.threshold()).isEqualTo(2_000.0);
        assertThat(c.message()).contains("p95 latency of 'chat' is 3.", "over 100 answered requests", "limit 2s");
    }

    @Test
    void should_be_clear_when_only_a_few_requests_are_slow() {
        for (int i = 0; i < 97; i++) eval.record(Samples.ok(T0.plusSeconds(5), "chat", 300));
        for (int i = 0; i < 3; i++) eval.record(Samples.ok(T0.plusSeconds(5), "chat", 9_000));

        Check c = eval.evaluate(T0.plusSeconds(10)).getFirst();

        assertThat(c.verdict()).isEqualTo(Verdict.CLEAR);
        assertThat(c.value()).isBetween(300.0, 315.0);
    }

    @Test
    void should_leave_unanswered_requests_out() {
        for (int i = 0; i < 30; i++) eval.record(Samples.ok(T0.plusSeconds(5), "chat", 100));
        for (int i = 0; i < 30; i++) eval.record(Samples.failed(T0.plusSeconds(5), "chat"));

        Check c = eval.evaluate(T0.plusSeconds(10)).getFirst();

        assertThat(c.verdict()).isEqualTo(Verdict.CLEAR);
        assertThat(c.message()).contains("over 30 answered requests");
    }
}
