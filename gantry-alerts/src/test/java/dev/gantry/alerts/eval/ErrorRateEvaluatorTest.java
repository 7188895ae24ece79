package dev.gantry.alerts.eval;

import static dev.gantry.alerts.eval.Samples.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.alerts.rule.ErrorRateRule;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ErrorRateEvaluatorTest {
    private final ErrorRateRule rule = new ErrorRateRule("chat-errors", "chat", 5, Duration.ofMinutes(5), 20, List.of());
    private final ErrorRateEvaluator eval = new ErrorRateEvaluator(rule, T0);

    private void traffic(Instant at, int ok, int failed, String model) {
        for (int i = 0; i < ok; i++) eval.record(Samples.ok(at, model, 100));
        for (int i = 0; i < failed; i++) eval.record(Samples.failed(at, model));
    }

    @Test
    void should_breach_when_the_share_of_failures_passes_the_limit() {
        traffic(T0.plusSeconds(10), 18, 2, "chat");

        Check c = eval.evaluate(T0.plusSeconds(20)).getFirst();

        assertThat(c.verdict()).isEqualTo(Verdict.BREACHED);
        assertThat(c.value()).isEqualTo(10.0);
        assertThat(c.threshold()).isEqualTo(5.0);
        assertThat(c.subject()).isEqualTo("chat");
        assertThat(c.message()).contains("10.0% of 20 requests to 'chat' failed in the last 5m", "limit 5%");
    }

    @Test
    void should_be_clear_at_or_below_the_limit() {
        traffic(T0.plusSeconds(10), 19, 1, "chat");

        assertThat(eval.evaluate(T0.plusSeconds(20)).getFirst().verdict()).isEqualTo(Verdict.CLEAR);
    }

    @Test
    void should_count_only_its_own_model() {
        traffic(T0.plusSeconds(10), 20, 0, "chat");
        traffic(T0.plusSeconds(10), 0, 20, "other");

        assertThat(eval.evaluate(T0.plusSeconds(20)).getFirst().verdict()).isEqualTo(Verdict.CLEAR);
    }

    @Test
    void should_not_judge_too_few_requests_during_the_first_window_and_call_them_clear_after() {
        traffic(T0.plusSeconds(10), 0, 19, "chat");

        assertThat(eval.evaluate(T0.plusSeconds(20)).getFirst().verdict()).isEqualTo(Verdict.UNKNOWN);
        assertThat(eval.evaluate(T0.plusSeconds(301)).getFirst().verdict()).isEqualTo(Verdict.CLEAR);
    }

    @Test
    void should_forget_failures_older_than_the_window() {
        traffic(T0.plusSeconds(10), 0, 30, "chat");
        traffic(T0.plusSeconds(400), 30, 0, "chat");

        Check c = eval.evaluate(T0.plusSeconds(410)).getFirst();

        assertThat(c.verdict()).isEqualTo(Verdict.CLEAR);
        assertThat(c.value()).isZero();
    }
}
