package dev.gantry.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

class BackoffTest {
    private final Backoff backoff = new Backoff(Duration.ofSeconds(2), Duration.ofSeconds(60));

    @Test
    void should_double_the_delay_per_attempt_up_to_max_with_the_random_half_at_its_least() {
        RandomGenerator least = fixed(0);

        assertThat(backoff.delay(1, least)).isEqualTo(Duration.ofSeconds(1));
        assertThat(backoff.delay(2, least)).isEqualTo(Duration.ofSeconds(2));
        assertThat(backoff.delay(3, least)).isEqualTo(Duration.ofSeconds(4));
        assertThat(backoff.delay(6, least)).isEqualTo(Duration.ofSeconds(30));
        assertThat(backoff.delay(60, least)).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void should_add_at_most_half_the_delay_as_jitter() {
        RandomGenerator most = new RandomGenerator() {
            @Override
            public long nextLong() {
                return 0;
            }

            @Override
            public long nextLong(long bound) {
                return bound - 1;
            }
        };

        assertThat(backoff.delay(1, most)).isEqualTo(Duration.ofSeconds(2));
        assertThat(backoff.delay(1000, most)).isEqualTo(Duration.ofSeconds(60));
    }

    @Test
    void should_spread_delays_with_a_real_random_within_the_bounds() {
        RandomGenerator random = RandomGenerator.getDefault();
        for (int i = 0; i < 1000; i++) {
            assertThat(backoff.delay(3, random)).isBetween(Duration.ofSeconds(4), Duration.ofSeconds(8));
        }
    }

    @Test
    void should_reject_a_max_below_the_base() {
        assertThatThrownBy(() -> new Backoff(Duration.ofSeconds(10), Duration.ofSeconds(1)))
                .hasMessageContaining("below its base");
    }

    private static RandomGenerator fixed(long value) {
        return new RandomGenerator() {
            @Override
            public long nextLong() {
                return value;
            }

            @Override
            public long nextLong(long bound) {
                return value;
            }
        };
    }
}
