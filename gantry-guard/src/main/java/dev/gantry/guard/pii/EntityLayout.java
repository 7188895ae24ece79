package dev.gantry.guard.pii;

import dev.gantry.guard.pii.EntityTokenizer.Token;
import java.util.List;

/**
 * Where a sentence sits in its text, as a small code for the entity model: its line (0 to {@value #LAST_LINE}),
 * whether an earlier sentence of the text reads as prose, whether it opens with a mark such as "&gt;", and
 * whether the text opens with a number (an address as the whole text). The tagger cuts at line breaks, so without
 * this a line such as "LONDON" after "Suite 321" looks the same in an address block (where Presidio-style data
 * labels the town a place of its own) and in an address quoted inside a sentence (where the whole address is one
 * street address and the town no place of its own): only the text above tells them apart.
 */
public final class EntityLayout {
    /** Lines from the sixth on share one code. */
    static final int LAST_LINE = 5;
    /** The number of distinct codes {@link #codes} gives. */
    public static final int CODES = (LAST_LINE + 1) * 2 * 2 * 2;
    /** Two lower-case words in a row make a sentence prose ("meet me at", "can you please"). */
    private static final int PROSE_RUN = 2;

    private EntityLayout() {}

    /** One code per sentence of {@code sentences}, cut from {@code text} in order by {@link EntitySentences#split}. */
    public static int[] codes(String text, List<List<Token>> sentences) {
        int[] codes = new int[sentences.size()];
        boolean opensWithNumber = !sentences.isEmpty() && Character.isDigit(sentences.get(0).get(0).text().charAt(0));
        boolean proseAbove = false;
        int line = 0;
        int scanned = 0;
        for (int k = 0; k < sentences.size(); k++) {
            List<Token> sentence = sentences.get(k);
            int start = sentence.get(0).start();
            line += lineBreaks(text, scanned, start);
            scanned = start;
            codes[k] = code(Math.min(line, LAST_LINE), proseAbove, quoted(text, sentence), opensWithNumber);
            proseAbove |= isProse(sentence);
        }
        return codes;
    }

    static int code(int line, boolean proseAbove, boolean quoted, boolean opensWithNumber) {
        return ((line * 2 + (proseAbove ? 1 : 0)) * 2 + (quoted ? 1 : 0)) * 2 + (opensWithNumber ? 1 : 0);
    }

    private static int lineBreaks(String text, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) if (text.charAt(i) == '\n') n++;
        return n;
    }

    /**
     * The sentence starts with a non-word mark (a "&gt;" or "-" opening a line, also a quote or bracket mid-line), or
     * only marks stand before it on its line ("??? Anna": each "?" is a sentence of its own). The model was trained
     * with exactly this test: change it only with a retrained model.
     */
    private static boolean quoted(String text, List<Token> sentence) {
        if (!Character.isLetterOrDigit(sentence.get(0).text().codePointAt(0))) return true;
        int start = sentence.get(0).start();
        boolean mark = false;
        for (int i = start; i > 0 && text.charAt(i - 1) != '\n'; i--) {
            char c = text.charAt(i - 1);
            if (Character.isLetterOrDigit(c)) return false;
            mark |= !Character.isWhitespace(c);
        }
        return mark;
    }

    private static boolean isProse(List<Token> sentence) {
        int run = 0;
        for (Token token : sentence) {
            run = isLowerWord(token.text()) ? run + 1 : 0;
            if (run >= PROSE_RUN) return true;
        }
        return false;
    }

    private static boolean isLowerWord(String text) {
        for (int i = 0; i < text.length(); i++) if (!Character.isLowerCase(text.charAt(i))) return false;
        return true;
    }
}
