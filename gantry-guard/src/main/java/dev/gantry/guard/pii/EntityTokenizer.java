package dev.gantry.guard.pii;

import dev.gantry.guard.classify.LastOf;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Splits text into the tokens the entity model was trained on, keeping UTF-16 offsets so spans map back to the text.
 * Words are runs of letters, digits and combining marks, joined across an inner hyphen ("Jean-Luc") and an apostrophe
 * before a capital ("O'Brien"); an apostrophe after a word starts a new token ("Anna" + "'s"). A chunk holding {@code @} or
 * {@code ://} (an e-mail address, a URL) stays one token, so no name is read inside it. Other characters are tokens
 * of their own. The training code uses this class too: train and run must tokenize alike.
 */
public final class EntityTokenizer {
    /** One token: its text and its span in the original text. */
    public record Token(String text, int start, int end) {}

    /** The last text's tokens: the entity model and the address grammar read the same text one after the other. */
    private static final LastOf<String, List<Token>> LAST = new LastOf<>();

    private EntityTokenizer() {}

    /** {@link #tokenize}, shared with the recognizer that asked last for the same text (by identity); read-only. */
    static List<Token> shared(String text) {
        return LAST.get(text, t -> Collections.unmodifiableList(tokenize(t)));
    }

    public static List<Token> tokenize(String text) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            int end;
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            } else if (isLinkLike(text, i)) {
                end = chunkEnd(text, i);
            } else if (isWordChar(c)) {
                end = wordEnd(text, i);
            } else if (isApostrophe(c) && i > 0 && isWordChar(text.charAt(i - 1))
                    && i + 1 < text.length() && Character.isLetter(text.charAt(i + 1))) {
                end = wordEnd(text, i + 1);
            } else {
                end = Character.isHighSurrogate(c) && i + 1 < text.length() ? i + 2 : i + 1;
            }
            tokens.add(new Token(text.substring(i, end), i, end));
            i = end;
        }
        return tokens;
    }

    private static int wordEnd(String text, int start) {
        int i = start;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (isWordChar(c)) {
                i++;
            } else if (c == '-' && i > start && i + 1 < text.length() && isWordChar(text.charAt(i + 1))) {
                i++;
            } else if (isApostrophe(c) && i > start && i + 1 < text.length()
                    && Character.isUpperCase(text.charAt(i + 1))) {
                i++;
            } else {
                break;
            }
        }
        return i;
    }

    /** True at the start of a whitespace-delimited chunk that holds an {@code @} or {@code ://}. */
    private static boolean isLinkLike(String text, int i) {
        if (i > 0 && !Character.isWhitespace(text.charAt(i - 1))) return false;
        for (int j = i; j < text.length() && !Character.isWhitespace(text.charAt(j)); j++) {
            if (text.charAt(j) == '@' || text.startsWith("://", j)) return true;
        }
        return false;
    }

    private static int chunkEnd(String text, int start) {
        int i = start;
        while (i < text.length() && !Character.isWhitespace(text.charAt(i))) i++;
        return i;
    }

    static boolean isWordChar(char c) {
        if (Character.isLetterOrDigit(c)) return true;
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019';
    }
}
