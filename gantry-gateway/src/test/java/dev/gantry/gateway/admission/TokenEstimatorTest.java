package dev.gantry.gateway.admission;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TokenEstimatorTest {
    private final TokenEstimator tokens = new TokenEstimator();

    @Test
    void should_count_special_token_text_as_ordinary_text_instead_of_failing() {
        // a prompt may quote "<|endoftext|>"; JTokkit's countTokens throws on it, which became a 500 at admission
        assertThat(tokens.count("say <|endoftext|> twice")).isPositive();
    }

    @Test
    void should_count_nothing_for_empty_text() {
        assertThat(tokens.count("")).isZero();
        assertThat(tokens.count(null)).isZero();
    }
}
