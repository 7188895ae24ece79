package dev.gantry.guard.pii;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.guard.pii.EntityTokenizer.Token;
import java.util.List;
import org.junit.jupiter.api.Test;

class EntitySentencesTest {
    private static List<String> sentences(String text) {
        return EntitySentences.split(text, EntityTokenizer.tokenize(text)).stream()
                .map(s -> String.join(" ", s.stream().map(Token::text).toList())).toList();
    }

    @Test
    void cutsAtEndPunctuationAndLineBreaksButNotAfterInitialsOrTitles() {
        assertThat(sentences("Dr. Anna B. Keller called. Is it done?\nYes"))
                .containsExactly("Dr . Anna B . Keller called .", "Is it done ?", "Yes");
    }

    @Test
    void capsSentenceLength() {
        String text = "word ".repeat(EntitySentences.MAX_TOKENS * 2 + 5);
        assertThat(EntitySentences.split(text, EntityTokenizer.tokenize(text)))
                .hasSize(3).allSatisfy(s -> assertThat(s).hasSizeLessThanOrEqualTo(EntitySentences.MAX_TOKENS));
    }
}
