package dev.gantry.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.gateway.route.RetryPolicy;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {
    private final RetryPolicy policy = new RetryPolicy(5, Duration.ofMillis(100), Duration.ofSeconds(2));

    @Test
    void should_back_off_exponentially_with_jitter_under_the_cap() {
        for (int i = 0; i < 200; i++) {
            assertThat(policy.delayBefore(1, null)).isBetween(Duration.ZERO, Duration.ofMillis(100));
            assertThat(policy.delayBefore(3, null)).isBetween(Duration.ZERO, Duration.ofMillis(400));
            assertThat(policy.delayBefore(30, null)).isBetween(Duration.ZERO, Duration.ofSeconds(2));
        }
    }

    @Test
    void should_wait_at_least_what_retry_after_asks() {
        for (int i = 0; i < 50; i++) {
            assertThat(policy.delayBefore(1, Duration.ofMillis(1500))).isGreaterThanOrEqualTo(Duration.ofMillis(1500));
        }
    }

    @Test
    void should_not_wait_for_a_retry_after_longer_than_the_cap() {
        assertThat(policy.worthWaiting(Duration.ofSeconds(1))).isTrue();
        assertThat(policy.worthWaiting(Duration.ofSeconds(30))).isFalse();
        assertThat(policy.worthWaiting(null)).isTrue();
    }
}
