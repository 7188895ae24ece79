package dev.gantry.guard.pii;

import dev.gantry.guard.pii.EntityTokenizer.Token;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Tidies the edges of a span the entity model found: drops greetings, function words and punctuation at either end
 * ("Hey Anna" to "Anna", "Paris ," to "Paris"), and lower-case words at either end when the span also holds a
 * capitalised one ("Tonga look wrong" to "Tonga"), since the model sometimes runs a name into its context. A span
 * left empty is dropped. Fully lower-case spans are kept as found: in lower-case text they are all there is.
 */
final class EntitySpanTrimmer {
    private static final Set<String> EDGE_WORDS = Set.of("hey", "hi", "hello", "dear", "from", "to", "cc", "here",
            "what", "who", "you", "maybe", "it", "the", "a", "an", "and", "or", "but", "this", "that", "my", "your",
            "his", "her", "our", "their", "we", "i", "is", "are", "was", "do", "does", "did", "can", "could",
            "would", "should", "please", "thanks", "thank", "yes", "no", "ok", "so", "if", "when", "where", "why",
            "how", "since", "then", "there", "mr", "mrs", "ms", "dr", "prof", "miss", "sir", "madam", "by", "for",
            "with", "at", "in", "on", "of");

    private EntitySpanTrimmer() {}

    /** The trimmed token range {@code [start, end)} as {@code {start, end}}, or null when nothing is left. */
    static int[] trim(List<Token> sentence, int start, int end) {
        boolean capitalised = false;
        for (int i = start; i < end; i++) capitalised |= startsUpper(sentence.get(i).text());
        int s = start;
        int e = end;
        while (s < e && removable(sentence.get(s).text(), capitalised, false)) s++;
        while (e > s && removable(sentence.get(e - 1).text(), capitalised, e - 1 > s && keepsDot(sentence, e - 1))) e--;
        return s < e ? new int[] {s, e} : null;
    }

    private static boolean removable(String token, boolean spanHasCapital, boolean abbreviationDot) {
        if (abbreviationDot) return false;
        if (!EntityTokenizer.isWordChar(token.charAt(0))) return true;
        if (EDGE_WORDS.contains(token.toLowerCase(Locale.ROOT))) return true;
        return spanHasCapital && Character.isLowerCase(token.charAt(0));
    }

    /** A dot that closes an abbreviation inside a name ("S.A.", "Co.", "J.") is part of it. */
    private static boolean keepsDot(List<Token> sentence, int dot) {
        return sentence.get(dot).text().equals(".") && sentence.get(dot - 1).text().length() <= 3;
    }

    private static boolean startsUpper(String token) {
        return Character.isUpperCase(token.charAt(0));
    }
}
