package dev.gantry.guard.pii;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.guard.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

class OverlapResolverTest {
    @Test
    void higherScoreWinsOverLongerSpan() {
        Finding card = new Finding("CREDIT_CARD", 10, 26, 0.95, "card");
        Finding phone = new Finding("PHONE_NUMBER", 8, 30, 0.4, "phone");
        assertThat(OverlapResolver.resolve(List.of(phone, card))).containsExactly(card);
    }

    @Test
    void equalScoresKeepTheLongerSpan() {
        Finding shorter = new Finding("PHONE_NUMBER", 0, 8, 0.6, "short");
        Finding longer = new Finding("PHONE_NUMBER", 0, 12, 0.6, "long");
        assertThat(OverlapResolver.resolve(List.of(shorter, longer))).containsExactly(longer);
    }

    @Test
    void keepsDisjointFindingsSortedByStartAndTouchingSpansDoNotOverlap() {
        Finding a = new Finding("EMAIL_ADDRESS", 20, 30, 0.9, "a");
        Finding b = new Finding("US_SSN", 9, 20, 0.7, "b");
        Finding c = new Finding("IP_ADDRESS", 0, 5, 0.9, "c");
        assertThat(OverlapResolver.resolve(List.of(a, b, c))).containsExactly(c, b, a);
    }
}
