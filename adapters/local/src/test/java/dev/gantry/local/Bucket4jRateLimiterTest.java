package dev.gantry.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class Bucket4jRateLimiterTest {
    private final Bucket4jRateLimiter limiter = new Bucket4jRateLimiter();

    @Test
    void should_admit_up_to_the_limit_then_say_how_long_to_wait() {
        for (int i = 0; i < 3; i++) assertThat(limiter.tryConsume("b", 3, 1)).isZero();
        Duration wait = limiter.tryConsume("b", 3, 1);
        assertThat(wait).isPositive().isLessThanOrEqualTo(Duration.ofSeconds(20));
    }

    @Test
    void should_let_adjustments_give_back_and_take_tokens() {
        assertThat(limiter.tryConsume("t", 100, 100)).isZero();
        limiter.adjust("t", 100, -40);
        assertThat(limiter.tryConsume("t", 100, 40)).isZero();
        limiter.adjust("t", 100, 50);
        assertThat(limiter.tryConsume("t", 100, 1)).isPositive();
    }

    @Test
    void should_keep_buckets_apart() {
        assertThat(limiter.tryConsume("a", 1, 1)).isZero();
        assertThat(limiter.tryConsume("b", 1, 1)).isZero();
        assertThat(limiter.tryConsume("a", 1, 1)).isPositive();
    }

    @Test
    void should_treat_a_limit_above_one_token_per_nanosecond_as_no_limit() {
        long huge = 100_000_000_000L;
        assertThat(limiter.tryConsume("h", huge, huge)).isZero();
        limiter.adjust("h", huge, 5);
        assertThat(limiter.tryConsume("h", huge, huge)).isZero();
    }
}
