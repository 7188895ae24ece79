package dev.gantry.gateway.cache;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DetailCheckTest {
    @Test
    void should_pass_rewordings_that_keep_numbers_negations_and_order() {
        assertThat(DetailCheck.sameDetails("How do I reset my password?", "What's the way to reset my password?")).isTrue();
        assertThat(DetailCheck.sameDetails("What is 15% of 80?", "How much is 15 percent of 80?")).isTrue();
        assertThat(DetailCheck.sameDetails("List three tips for better sleep.", "Give me 3 tips to sleep better.")).isTrue();
        assertThat(DetailCheck.sameDetails("Explain it to a 10 year old.", "Explain it to a ten-year-old child.")).isTrue();
    }

    @Test
    void should_refuse_other_numbers_signs_or_their_order() {
        assertThat(DetailCheck.sameDetails("What is 15% of 80?", "What is 15% of 90?")).isFalse();
        assertThat(DetailCheck.sameDetails("Solve 2x + 6 = 14.", "Solve 2x - 6 = 14.")).isFalse();
        assertThat(DetailCheck.sameDetails("Charged $49 instead of $29?", "Charged $29 instead of $49?")).isFalse();
    }

    @Test
    void should_refuse_a_negation_or_flipped_relation() {
        assertThat(DetailCheck.sameDetails("Is the string empty?", "Is the string not empty?")).isFalse();
        assertThat(DetailCheck.sameDetails("Why isn't it shipped?", "Why is it shipped?")).isFalse();
        assertThat(DetailCheck.sameDetails("Change it after it shipped?", "Change it before it shipped?")).isFalse();
    }

    @Test
    void should_refuse_the_same_words_swapped() {
        assertThat(DetailCheck.sameDetails("Convert JSON to XML in Java.", "Convert XML to JSON in Java.")).isFalse();
        assertThat(DetailCheck.sameDetails("Convert 5 kilometers to miles.", "Convert 5 miles to kilometers.")).isFalse();
    }
}
