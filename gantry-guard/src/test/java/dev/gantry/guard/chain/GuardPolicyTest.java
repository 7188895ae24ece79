package dev.gantry.guard.chain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gantry.guard.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

class GuardPolicyTest {
    @Test
    void pseudonymizeIsRefusedOnTheOutputSide() {
        List<GuardRule> output = List.of(GuardRule.of(TestDetectors.email(), GuardAction.PSEUDONYMIZE));

        assertThatThrownBy(() -> GuardPolicy.of(List.of(), output))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("output rule 'email' uses pseudonymize");
    }

    @Test
    void theWindowMustFitAPlaceholderAndTheLimitMustFitTheWindow() {
        GuardPolicy policy = GuardPolicy.of(List.of(), List.of());

        assertThatThrownBy(() -> policy.window(8)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> policy.window(512).maxChars(100)).isInstanceOf(IllegalArgumentException.class);
        assertThat(policy.failClosed()).isTrue();
    }

    @Test
    void aRuleAppliesFromItsMinScoreToItsTypes() {
        GuardRule rule = GuardRule.of(TestDetectors.email(), GuardAction.FLAG).minScore(0.5).types("EMAIL_ADDRESS");

        assertThat(rule.applies(new Finding("EMAIL_ADDRESS", 0, 1, 0.5, "r"))).isTrue();
        assertThat(rule.applies(new Finding("EMAIL_ADDRESS", 0, 1, 0.49, "r"))).isFalse();
        assertThat(rule.applies(new Finding("PHONE_NUMBER", 0, 1, 0.9, "r"))).isFalse();
        assertThat(GuardAction.BLOCK.strongerThan(GuardAction.REDACT)).isTrue();
        assertThat(GuardAction.REDACT.strongerThan(GuardAction.PSEUDONYMIZE)).isTrue();
    }
}
