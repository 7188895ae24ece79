package dev.gantry.guard.pii;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.guard.pii.EntityTokenizer.Token;
import java.util.List;
import org.junit.jupiter.api.Test;

class EntitySpanTrimmerTest {
    /** The trimmed text of the span covering tokens [start, end) of {@code text}, or null. */
    private static String trimmed(String text, int start, int end) {
        List<Token> tokens = EntityTokenizer.tokenize(text);
        int[] range = EntitySpanTrimmer.trim(tokens, start, end);
        return range == null ? null : text.substring(tokens.get(range[0]).start(), tokens.get(range[1] - 1).end());
    }

    @Test
    void dropsGreetingsFunctionWordsAndPunctuationAtTheEdges() {
        assertThat(trimmed("Hey Caleb Moss ,", 0, 4)).isEqualTo("Caleb Moss");
        assertThat(trimmed("From Kai Stokes", 0, 3)).isEqualTo("Kai Stokes");
        assertThat(trimmed("Maybe it", 0, 2)).isNull();
    }

    @Test
    void dropsLowerCaseContextOnlyWhenTheSpanHasACapital() {
        assertThat(trimmed("Tonga look wrong", 0, 3)).isEqualTo("Tonga");
        assertThat(trimmed("employee William Champlin", 0, 3)).isEqualTo("William Champlin");
        assertThat(trimmed("patricia desrosiers", 0, 2)).isEqualTo("patricia desrosiers");
    }

    @Test
    void keepsInnerConnectorsAndAbbreviationDots() {
        assertThat(trimmed("Salas y Cortez S.A.", 0, 7)).isEqualTo("Salas y Cortez S.A.");
        assertThat(trimmed("Trinidad and Tobago", 0, 3)).isEqualTo("Trinidad and Tobago");
    }
}
