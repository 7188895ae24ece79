package dev.gantry.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordsTest {

    @Test
    void should_count_whitespace_separated_words() {
        assertThat(Words.count("  Hello,   there\tworld \n")).isEqualTo(3);
        assertThat(Words.count("")).isZero();
        assertThat(Words.count(null)).isZero();
    }

    @Test
    void should_split_text_into_pieces_that_join_back_exactly() {
        assertThat(Words.pieces("Hello there  world")).containsExactly("Hello", " there", "  world");
        assertThat(Words.pieces(" lead")).containsExactly(" lead");
        assertThat(Words.pieces("")).containsExactly("");
        assertThat(String.join("", Words.pieces("a b\nc  d "))).isEqualTo("a b\nc  d ");
    }

    @Test
    void should_fragment_arguments_without_splitting_a_surrogate_pair() {
        String json = "{\"emoji\":\"\uD83D\uDE00\"}";

        assertThat(String.join("", Words.fragments(json))).isEqualTo(json);
        assertThat(Words.fragments(json)).hasSizeGreaterThan(1)
                .allSatisfy(f -> assertThat(Character.isHighSurrogate(f.charAt(f.length() - 1))).isFalse());
    }
}
