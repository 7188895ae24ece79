package dev.gantry.rag.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentencesTest {

    @Test
    void endsAtTerminalPunctuationBeforeACapitalOrDigit() {
        String text = "First one. Second one? Third! 4 is a number.";
        assertThat(pieces(text)).containsExactly("First one.", "Second one?", "Third!", "4 is a number.");
    }

    @Test
    void abbreviationsBeforeLowerCaseAndDecimalsDoNotEndASentence() {
        String text = "Use e.g. this one, at 3.5 volts. Next.";
        assertThat(pieces(text)).containsExactly("Use e.g. this one, at 3.5 volts.", "Next.");
    }

    @Test
    void closingQuotesAndBracketsStayWithTheirSentence() {
        String text = "He said \"stop.\" Then (quietly.) She left.";
        assertThat(pieces(text)).containsExactly("He said \"stop.\"", "Then (quietly.)", "She left.");
    }

    @Test
    void blankLinesHeadingsAndTableRowsEndUnits() {
        String text = "# Title\nA paragraph without a stop\n\n| a | b |\n| 1 | 2 |\nWrapped line\ncontinues here.";
        assertThat(pieces(text)).containsExactly("# Title", "A paragraph without a stop", "| a | b |", "| 1 | 2 |",
                "Wrapped line\ncontinues here.");
    }

    @Test
    void trailingWhiteSpaceIsLeftOut() {
        assertThat(Sentences.ends("One. Two.  \n\n ")).containsExactly(4, 9);
        assertThat(Sentences.ends("   ")).isEmpty();
    }

    private static List<String> pieces(String text) {
        List<Integer> ends = Sentences.ends(text);
        return java.util.stream.IntStream.range(0, ends.size())
                .mapToObj(i -> text.substring(i == 0 ? 0 : ends.get(i - 1), ends.get(i)).strip())
                .toList();
    }
}
