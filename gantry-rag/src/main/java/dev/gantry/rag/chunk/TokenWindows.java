package dev.gantry.rag.chunk;

import java.util.ArrayList;
import java.util.List;

/**
 * The last resort for text with no usable boundary (a sentence or line longer than a whole chunk): windows of at
 * most {@code limit} tokens, cut at white space in the second half of a window when there is some, else at the
 * longest prefix that fits. A cut never falls inside a surrogate pair.
 */
final class TokenWindows {
    /** A window of limit tokens spans at most this many characters per token, so a search never reads more. */
    private static final int MAX_CHARS_PER_TOKEN = 32;

    private TokenWindows() {
    }

    static List<Span> split(String text, int start, int end, int limit) {
        List<Span> windows = new ArrayList<>();
        int from = Span.trimmed(text, start, end).start();
        while (from < end) {
            int cut = cut(text, from, end, limit);
            Span window = Span.trimmed(text, from, cut);
            if (!window.isEmpty()) windows.add(window);
            from = Span.trimmed(text, cut, end).start();
        }
        return windows;
    }

    private static int cut(String text, int from, int end, int limit) {
        int fit = longestFit(text, from, end, limit);
        if (fit == end) return end;
        for (int i = fit; i > from + (fit - from) / 2; i--) {
            if (Character.isWhitespace(text.charAt(i - 1))) return i;
        }
        return fit;
    }

    /** Binary search for the longest prefix within the limit; always at least one code point, so it advances. */
    private static int longestFit(String text, int from, int end, int limit) {
        int hi = codePointStart(text, (int) Math.min(end, from + (long) limit * MAX_CHARS_PER_TOKEN));
        if (TokenCounter.count(text, from, hi) <= limit) return hi;
        int lo = from + Character.charCount(text.codePointAt(from));
        while (hi - lo > 1) {
            int mid = codePointStart(text, (lo + hi) >>> 1);
            if (mid <= lo) break;
            if (TokenCounter.count(text, from, mid) <= limit) lo = mid;
            else hi = mid;
        }
        return lo;
    }

    /** i, or i - 1 when i would split a surrogate pair (the encoder rejects half a character). */
    private static int codePointStart(String text, int i) {
        return i > 0 && i < text.length() && Character.isLowSurrogate(text.charAt(i)) && Character.isHighSurrogate(text.charAt(i - 1))
                ? i - 1 : i;
    }
}
