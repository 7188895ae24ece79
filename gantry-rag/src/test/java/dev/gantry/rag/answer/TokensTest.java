package dev.gantry.rag.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TokensTest {

    @Test
    void countsCl100kTokens() {
        assertThat(Tokens.count("hello world")).isEqualTo(2);
        assertThat(Tokens.count("")).isZero();
        assertThat(Tokens.count(null)).isZero();
    }

    /** Retrieved text is data: a special-token string in a document is counted as text, never refused. */
    @Test
    void countsSpecialTokenTextAsOrdinaryText() {
        assertThat(Tokens.count("see <|endoftext|> here")).isGreaterThan(3);
    }
}
