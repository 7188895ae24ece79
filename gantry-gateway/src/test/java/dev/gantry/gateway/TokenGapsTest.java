package dev.gantry.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TokenGapsTest {
    @Test
    void should_keep_the_gaps_between_arrivals_and_stop_at_the_bound() {
        TokenGaps gaps = new TokenGaps();
        gaps.arrived(100);
        gaps.arrived(150);
        gaps.arrived(400);
        assertThat(gaps.toArray()).containsExactly(50, 250);

        TokenGaps many = new TokenGaps();
        for (int i = 0; i <= TokenGaps.MAX + 10; i++) many.arrived(i * 10L);
        assertThat(many.toArray()).hasSize(TokenGaps.MAX).containsOnly(10L);
    }
}
