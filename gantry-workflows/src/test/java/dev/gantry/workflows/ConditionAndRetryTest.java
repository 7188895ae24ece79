package dev.gantry.workflows;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.workflows.graph.Condition;
import dev.gantry.workflows.graph.PromptTemplate;
import dev.gantry.workflows.graph.RetryPolicy;
import dev.gantry.workflows.state.Json;
import dev.gantry.workflows.state.StateKey;
import dev.gantry.workflows.state.WorkflowState;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConditionAndRetryTest {
    static final StateKey<Double> SCORE = StateKey.number("score");
    static final StateKey<String> LABEL = StateKey.string("label");

    @Test
    void should_compare_numbers_test_equality_and_existence() {
        WorkflowState s = state(Map.of("score", 0.7, "label", "spam"));

        assertThat(Condition.gt(SCORE, 0.5).test(s)).isTrue();
        assertThat(Condition.gt(SCORE, 0.7).test(s)).isFalse();
        assertThat(Condition.gte(SCORE, 0.7).test(s)).isTrue();
        assertThat(Condition.lt(SCORE, 0.7).test(s)).isFalse();
        assertThat(Condition.equalTo(LABEL, "spam").test(s)).isTrue();
        assertThat(Condition.equalTo(SCORE, 0.70).test(state(Map.of("score", 0.7)))).isTrue();
        assertThat(Condition.exists(StateKey.string("missing")).test(s)).isFalse();
        assertThat(Condition.gt(SCORE, 0.5).test(state(Map.of()))).isFalse();
    }

    @Test
    void should_back_off_exponentially_with_jitter_up_to_the_cap() {
        RetryPolicy p = new RetryPolicy(6, Duration.ofMillis(100), Duration.ofMillis(350));
        for (int i = 0; i < 50; i++) {
            assertThat(p.delayBefore(2)).isBetween(Duration.ofMillis(50), Duration.ofMillis(100));
            assertThat(p.delayBefore(3)).isBetween(Duration.ofMillis(100), Duration.ofMillis(200));
            assertThat(p.delayBefore(5)).isBetween(Duration.ofMillis(175), Duration.ofMillis(350));
        }
    }

    @Test
    void should_fill_a_template_with_text_as_is_and_other_values_as_json() {
        PromptTemplate t = new PromptTemplate("Q: {{ q }} / hits: {{hits}} / {{q}}");
        WorkflowState s = state(Map.of("q", "why?", "hits", java.util.List.of(1, 2)));

        assertThat(t.keys()).containsExactly("q", "hits");
        assertThat(t.render(s)).isEqualTo("Q: why? / hits: [1,2] / why?");
    }

    private static WorkflowState state(Map<String, Object> values) {
        java.util.Map<String, com.fasterxml.jackson.databind.JsonNode> nodes = new java.util.LinkedHashMap<>();
        values.forEach((k, v) -> nodes.put(k, Json.MAPPER.valueToTree(v)));
        return WorkflowState.of(nodes);
    }
}
