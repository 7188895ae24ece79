package dev.gantry.guard.difficulty;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PromptDifficultyTest {
    @Test
    void should_name_the_shape_of_a_prompt() {
        assertThat(PromptShape.of("Hi there!")).contains("words:<=5", "lines:<=1", "questions:<=0").doesNotContain("code");
        assertThat(PromptShape.of("Fix this:\n```python\ndef f(x):\n    return x + 1\n```"))
                .contains("code", "lines:<=10");
        assertThat(PromptShape.of("If 3 + 4 = x, what is x^2?")).contains("arithmetic", "questions:<=1");
        assertThat(PromptShape.of("Plan:\n- one\n- two\n- three")).contains("list");
    }

    @Test
    void should_score_held_out_style_prompts_on_the_right_side() {
        PromptDifficulty d = PromptDifficulty.shipped();
        assertThat(d.easyProbability("Hello! How are you doing?")).isGreaterThan(0.5);
        assertThat(d.easyProbability("Translate \"good night\" into German.")).isGreaterThan(0.5);
        assertThat(d.easyProbability("Implement a thread-safe bounded queue in C++ with condition variables, "
                + "explain the memory ordering, and write tests for producer-consumer races.")).isLessThan(0.5);
        assertThat(d.easyProbability("A tank holds 500 litres and leaks 3% per hour while a pump adds 12 litres per "
                + "hour. After how many hours is it below 400 litres? Show the steps.")).isLessThan(0.5);
    }

    @Test
    void should_not_call_a_blank_prompt_easy() {
        assertThat(PromptDifficulty.shipped().easyProbability("  ")).isZero();
    }
}
