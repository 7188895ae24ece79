package dev.gantry.alerts.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.core.usage.UsageRecord;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SampleTest {
    private static final Instant RECEIVED = Instant.parse("2026-12-01T10:00:00Z");

    private static UsageRecord record(int status, String errorKind) {
        return new UsageRecord("req-1", RECEIVED, "team-a", "chat", "oai", "gpt", "chat", true, 10, 5, 0, 0, 0,
                new BigDecimal("0.000123"), 90_000, 300, status, errorKind, 1, "oai/gpt", null);
    }

    @Test
    void should_count_a_request_when_it_finished_with_its_latency_and_cost() {
        Sample s = Sample.of(record(200, null));

        assertThat(s.atMillis()).isEqualTo(RECEIVED.plusSeconds(90).toEpochMilli());
        assertThat(s.error()).isFalse();
        assertThat(s.latencyMillis()).isEqualTo(90_000);
        assertThat(s.costNanos()).isEqualTo(123_000);
        assertThat(s.key()).isEqualTo("team-a");
        assertThat(s.model()).isEqualTo("chat");
    }

    @Test
    void should_count_server_side_failures_as_errors_and_leave_unanswered_requests_out_of_latency() {
        assertThat(Sample.of(record(502, "upstream_error"))).satisfies(s -> {
            assertThat(s.error()).isTrue();
            assertThat(s.latencyMillis()).isEqualTo(-1);
        });
        assertThat(Sample.of(record(400, "invalid_request")).error()).isFalse();
    }

    @Test
    void should_mark_a_refusal_by_the_budget() {
        Sample s = Sample.of(record(429, "budget_exceeded"));

        assertThat(s.budgetRefused()).isTrue();
        assertThat(s.error()).isFalse();
        assertThat(Sample.of(record(429, "rate_limited")).budgetRefused()).isFalse();
    }
}
