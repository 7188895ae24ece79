package dev.gantry.rag.chunk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceBreaksTest {
    private static List<String> sentences(String text) {
        return SentenceBreaks.of(text, 0, text.length()).stream().map(s -> text.substring(s.start(), s.end())).toList();
    }

    @Test
    void abbreviationsInitialsAndDecimalsDoNotEndASentence() {
        assertThat(sentences("See e.g. the plot in Fig. 3 of the report. Dr. Smith measured 3.14 units. "
                + "J. R. Tolkien wrote it! Was it late? Yes."))
                .containsExactly("See e.g. the plot in Fig. 3 of the report.", "Dr. Smith measured 3.14 units.",
                        "J. R. Tolkien wrote it!", "Was it late?", "Yes.");
    }

    @Test
    void lineBreaksInsideAParagraphAreNotSentenceEnds() {
        assertThat(sentences("A line that wraps\r\nonto the next one. Then another.\nAnd a last"))
                .containsExactly("A line that wraps\r\nonto the next one.", "Then another.", "And a last");
    }

    @Test
    void sentencesAreFoundWithinASpanOfALargerText() {
        String text = "# Head\n\nFirst one. Second one.\n\nOther block.";
        int start = text.indexOf("First");
        int end = text.indexOf("\n\nOther");

        assertThat(SentenceBreaks.of(text, start, end)).extracting(s -> text.substring(s.start(), s.end()))
                .containsExactly("First one.", "Second one.");
    }
}
