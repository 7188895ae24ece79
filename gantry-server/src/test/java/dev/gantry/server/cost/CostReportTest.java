package dev.gantry.server.cost;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.core.usage.UsageSummary;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class CostReportTest {
    @Test
    void should_project_the_month_at_the_pace_of_the_time_gone() {
        // 2026-12-16T12:00Z: 15.5 of December's 31 days are gone
        BigDecimal projected = CostReport.projection(new BigDecimal("10"), Instant.parse("2026-12-16T12:00:00Z"));
        assertThat(projected).isEqualByComparingTo("20");
        // in the first minutes the pace is taken over an hour, not over seconds
        assertThat(CostReport.projection(new BigDecimal("1"), Instant.parse("2026-12-01T00:00:01Z")))
                .isEqualByComparingTo("744");
    }

    @Test
    void should_add_groups_weighting_latency_by_requests() {
        UsageSummary a = new UsageSummary("a", 1, 0, 10, 1, 0, 0, new BigDecimal("0.5"), 100, 1, new BigDecimal("0.2"));
        UsageSummary b = new UsageSummary("b", 3, 1, 30, 3, 0, 0, new BigDecimal("1.5"), 20, 0, BigDecimal.ZERO);
        UsageSummary total = CostReport.sum(List.of(a, b));
        assertThat(total.requests()).isEqualTo(4);
        assertThat(total.costUsd()).isEqualByComparingTo("2.0");
        assertThat(total.savedUsd()).isEqualByComparingTo("0.2");
        assertThat(total.cacheHits()).isEqualTo(1);
        assertThat(total.avgLatencyMs()).isEqualTo(40.0);
    }
}
