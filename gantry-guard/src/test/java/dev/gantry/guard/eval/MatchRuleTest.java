package dev.gantry.guard.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MatchRuleTest {
    @Test
    void iouHalfAcceptsCloseSpansAndRejectsPartialOrDisjointOnes() {
        assertThat(MatchRule.IOU_HALF.matches(0, 10, 0, 10)).isTrue();
        assertThat(MatchRule.IOU_HALF.matches(0, 10, 0, 20)).isTrue(); // exactly 0.5
        assertThat(MatchRule.IOU_HALF.matches(0, 9, 0, 20)).isFalse();
        assertThat(MatchRule.IOU_HALF.matches(0, 10, 10, 20)).isFalse();
    }

    @Test
    void exactNeedsBothEnds() {
        assertThat(MatchRule.EXACT.matches(3, 7, 3, 7)).isTrue();
        assertThat(MatchRule.EXACT.matches(3, 7, 3, 8)).isFalse();
    }
}
