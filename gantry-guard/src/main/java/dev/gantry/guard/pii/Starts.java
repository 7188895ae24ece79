package dev.gantry.guard.pii;

import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs a pattern only at the positions where one of its matches can start, instead of trying every position of the
 * text: for a pattern that cannot match the empty string, and a test that accepts every position where it could match,
 * the matches are exactly those of calling {@link Matcher#find()} until it fails (lookbehind and lookahead still see
 * the whole text). Most prompts hold few digits, {@code @} or {@code :}, so most positions are never tried.
 */
final class Starts {
    /** Whether a match may start at {@code i} of {@code text}; must hold wherever one does. */
    @FunctionalInterface
    interface Test {
        boolean mayStartAt(String text, int i);
    }

    /** Where a run of ASCII digits begins: the patterns that start with {@code \d} after a non-digit. */
    static final Test DIGIT_RUN = (text, i) -> isDigit(text.charAt(i)) && (i == 0 || !isDigit(text.charAt(i - 1)));

    private Starts() {}

    /** Calls {@code onMatch} for each match, in text order, as repeated {@code find()} would. */
    static void forEach(Pattern pattern, String text, Test test, Consumer<Matcher> onMatch) {
        Matcher m = null;
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (!test.mayStartAt(text, i)) {
                i++;
                continue;
            }
            if (m == null) m = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
            m.region(i, n);
            if (m.lookingAt()) {
                onMatch.accept(m);
                i = Math.max(m.end(), i + 1);
            } else {
                i++;
            }
        }
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isAsciiAlnum(char c) {
        return isDigit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /** Whether {@code text} contains any of {@code needles}, ignoring case. */
    static boolean containsIgnoreCase(String text, String... needles) {
        // A bit per needle's first char, by (char | 0x20) mod 64: ASCII letters of either case share it; other chars
        // that share it only cost a regionMatches.
        long firsts = 0;
        for (String needle : needles) firsts |= 1L << ((needle.charAt(0) | 0x20) & 63);
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            // Non-ASCII chars may fold to ASCII ones (the Kelvin sign to k): left to regionMatches.
            if (c < 128 && (firsts & (1L << ((c | 0x20) & 63))) == 0) continue;
            for (String needle : needles) {
                if (text.regionMatches(true, i, needle, 0, needle.length())) return true;
            }
        }
        return false;
    }
}
