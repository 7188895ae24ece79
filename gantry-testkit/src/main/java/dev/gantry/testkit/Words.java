package dev.gantry.testkit;

import java.util.ArrayList;
import java.util.List;

/** The fake's "tokenizer": whitespace-separated words, so expected counts are easy to work out by hand. */
final class Words {
    private static final int ARGUMENT_FRAGMENT = 8;

    private Words() {
    }

    static long count(String text) {
        if (text == null) return 0;
        long words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean space = Character.isWhitespace(text.charAt(i));
            if (!space && !inWord) words++;
            inWord = !space;
        }
        return words;
    }

    /** Streaming pieces: each word with the whitespace before it ("Hello", " there", " world"). */
    static List<String> pieces(String text) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 1; i < text.length(); i++) {
            if (!Character.isWhitespace(text.charAt(i)) && Character.isWhitespace(text.charAt(i - 1))) {
                int pieceStart = wordStartOfWhitespace(text, i);
                if (pieceStart > start) {
                    out.add(text.substring(start, pieceStart));
                    start = pieceStart;
                }
            }
        }
        if (start < text.length() || out.isEmpty()) out.add(text.substring(start));
        return out;
    }

    /** Where the whitespace run that ends at {@code wordStart} begins: the piece boundary. */
    private static int wordStartOfWhitespace(String text, int wordStart) {
        int i = wordStart;
        while (i > 0 && Character.isWhitespace(text.charAt(i - 1))) i--;
        return i;
    }

    /** Tool-argument JSON cut into small fragments as real providers stream it (never inside a surrogate pair). */
    static List<String> fragments(String json) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < json.length()) {
            int end = Math.min(json.length(), i + ARGUMENT_FRAGMENT);
            if (end < json.length() && Character.isHighSurrogate(json.charAt(end - 1))) end++;
            out.add(json.substring(i, end));
            i = end;
        }
        return out;
    }
}
