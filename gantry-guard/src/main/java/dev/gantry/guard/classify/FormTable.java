package dev.gantry.guard.classify;

import java.util.Map;

/**
 * A lexicon's forms and their glosses, looked up by a stretch of a text and its string hash without cutting a
 * substring: the gloss tries many stretches of every line in every candidate language (a substring per try was most of
 * what glossing allocated). Open addressing on {@link String#hashCode()}. Immutable.
 */
final class FormTable {
    private final int[] hashes;
    private final String[] forms;
    private final String[] glosses;
    private final int mask;

    FormTable(Map<String, String> formToGloss) {
        int size = Integer.highestOneBit(Math.max(8, formToGloss.size() * 2) - 1) << 1;
        hashes = new int[size];
        forms = new String[size];
        glosses = new String[size];
        mask = size - 1;
        formToGloss.forEach((form, gloss) -> {
            int h = form.hashCode();
            int slot = spread(h) & mask;
            while (forms[slot] != null) slot = (slot + 1) & mask;
            hashes[slot] = h;
            forms[slot] = form;
            glosses[slot] = gloss;
        });
    }

    /** The gloss of the form {@code s[from, to)}, whose {@link String#hashCode()} is {@code hash}, or null. */
    String get(String s, int from, int to, int hash) {
        int length = to - from;
        for (int slot = spread(hash) & mask; forms[slot] != null; slot = (slot + 1) & mask) {
            if (hashes[slot] == hash && forms[slot].length() == length && s.regionMatches(from, forms[slot], 0, length)) return glosses[slot];
        }
        return null;
    }

    private static int spread(int h) {
        return h * 0x9E3779B9 >>> 7;
    }
}
