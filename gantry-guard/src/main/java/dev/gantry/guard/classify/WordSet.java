package dev.gantry.guard.classify;

import java.util.Collection;
import java.util.Locale;

/**
 * Lower-case words looked up by a stretch of a text, ignoring its case, without allocating: the function-word checks
 * run on every line of every prompt. Open addressing on the lower-cased string hash. Immutable.
 */
final class WordSet {
    private final int[] hashes;
    private final String[] words;
    private final int mask;

    WordSet(Collection<String> lowerCaseWords) {
        int size = Integer.highestOneBit(Math.max(8, lowerCaseWords.size() * 4) - 1) << 1;
        hashes = new int[size];
        words = new String[size];
        mask = size - 1;
        for (String word : lowerCaseWords) {
            String w = word.toLowerCase(Locale.ROOT);
            if (contains(w, 0, w.length())) continue;
            int h = hash(w, 0, w.length());
            int slot = spread(h) & mask;
            while (words[slot] != null) slot = (slot + 1) & mask;
            hashes[slot] = h;
            words[slot] = w;
        }
    }

    /** Whether {@code text[from, to)}, lower-cased, is one of the words. */
    boolean contains(String text, int from, int to) {
        int h = hash(text, from, to);
        for (int slot = spread(h) & mask; words[slot] != null; slot = (slot + 1) & mask) {
            if (hashes[slot] == h && equalsLowerCased(words[slot], text, from, to)) return true;
        }
        return false;
    }

    private static boolean equalsLowerCased(String word, String text, int from, int to) {
        if (word.length() != to - from) return false;
        for (int i = 0; i < word.length(); i++) if (word.charAt(i) != Character.toLowerCase(text.charAt(from + i))) return false;
        return true;
    }

    private static int hash(String s, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) h = 31 * h + Character.toLowerCase(s.charAt(i));
        return h;
    }

    private static int spread(int h) {
        return h * 0x9E3779B9 >>> 7;
    }
}
