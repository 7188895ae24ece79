package dev.gantry.server.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The dashboard's small parsers: ranges and their buckets, route strings as attempts. */
class DashboardPartsTest {
    private static final Instant NOW = Instant.parse("2026-12-07T10:07:30Z");

    @Test
    void should_end_a_range_at_the_next_bucket_boundary() {
        DashboardRange day = DashboardRange.parse("24h", NOW);

        assertThat(day.to()).isEqualTo(Instant.parse("2026-12-07T10:15:00Z"));
        assertThat(day.from()).isEqualTo(Instant.parse("2026-12-06T10:15:00Z"));
        assertThat(day.bucket()).isEqualTo(Duration.ofMinutes(15));
        assertThat(DashboardRange.parse(null, NOW).name()).isEqualTo("24h");
        assertThat(DashboardRange.parse("30d", NOW).bucket()).isEqualTo(Duration.ofHours(12));
    }

    @Test
    void should_refuse_an_unknown_range_naming_the_choices() {
        assertThatThrownBy(() -> DashboardRange.parse("1y", NOW)).hasMessageContaining("range '1y' is not one of 1h, 24h, 7d, 30d");
    }

    @Test
    void should_read_attempts_and_a_fallback_from_a_route() {
        var steps = RouteSteps.parse("oai/gpt-4o-mini!rate_limited > local/org/qwen2.5");

        assertThat(steps).containsExactly(new RouteSteps.Step("oai", "gpt-4o-mini", "rate_limited"),
                new RouteSteps.Step("local", "org/qwen2.5", null));
        assertThat(RouteSteps.fellBack(steps)).isTrue();
        assertThat(RouteSteps.fellBack(RouteSteps.parse("oai/m!timeout > oai/m"))).isFalse();
        assertThat(RouteSteps.parse(null)).isEmpty();
        assertThat(RouteSteps.parse("")).isEmpty();
    }
}
