package dev.gantry.rag.chunk;

import java.text.BreakIterator;
import java.text.StringCharacterIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Sentences of one prose block. {@link BreakIterator} already keeps "e.g. this", "Fig. 3" and "3.14" whole (it
 * does not break before a lower-case letter or a digit); it does break after titles and initials ("Dr. Smith",
 * "J. Smith", "e.g. Paris"), so breaks after the abbreviations below are dropped (words that often end a sentence,
 * such as "no." or "etc.", are left out on purpose). Line breaks inside a block are not breaks.
 */
final class SentenceBreaks {
    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st",
            "vs", "cf", "e.g", "i.e", "fig", "approx");

    private SentenceBreaks() {
    }

    /** @return the sentences of text[start, end), trimmed, in order, covering every non-blank character */
    static List<Span> of(String text, int start, int end) {
        BreakIterator breaks = BreakIterator.getSentenceInstance(Locale.ROOT);
        breaks.setText(new StringCharacterIterator(text, start, end, start));
        List<Span> sentences = new ArrayList<>();
        int sentenceStart = start;
        for (int b = breaks.following(start); b != BreakIterator.DONE && b < end; b = breaks.next()) {
            if (endsWithAbbreviation(text, sentenceStart, b)) continue;
            addTrimmed(sentences, text, sentenceStart, b);
            sentenceStart = b;
        }
        addTrimmed(sentences, text, sentenceStart, end);
        return sentences;
    }

    private static void addTrimmed(List<Span> sentences, String text, int start, int end) {
        Span s = Span.trimmed(text, start, end);
        if (!s.isEmpty()) sentences.add(s);
    }

    /** The word before the break is a known abbreviation or a single capital (an initial), with its full stop. */
    private static boolean endsWithAbbreviation(String text, int start, int breakAt) {
        Span s = Span.trimmed(text, start, breakAt);
        if (s.isEmpty() || text.charAt(s.end() - 1) != '.') return false;
        int wordStart = s.end() - 1;
        while (wordStart > s.start() && isWordChar(text.charAt(wordStart - 1))) wordStart--;
        String word = text.substring(wordStart, s.end() - 1);
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) return true;
        return ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
    }

    private static boolean isWordChar(char c) {
        return Character.isLetter(c) || c == '.';
    }
}
