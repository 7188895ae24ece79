package dev.gantry.guard.classify;

import java.util.Map;

/**
 * Repairs words spelled with look-alike characters: Cyrillic or Greek letters mixed into Latin words ("іgnоre") and
 * digits standing for letters ("1gn0re"). Words written wholly in one script are left alone, so Russian stays Russian.
 */
final class WordRepair {
    private static final Map<Character, Character> HOMOGLYPHS = Map.ofEntries(
            Map.entry('а', 'a'), Map.entry('в', 'b'), Map.entry('е', 'e'), Map.entry('к', 'k'), Map.entry('м', 'm'),
            Map.entry('н', 'h'), Map.entry('о', 'o'), Map.entry('р', 'p'), Map.entry('с', 'c'), Map.entry('т', 't'),
            Map.entry('у', 'y'), Map.entry('х', 'x'), Map.entry('і', 'i'), Map.entry('ј', 'j'), Map.entry('ѕ', 's'),
            Map.entry('ԁ', 'd'), Map.entry('ɡ', 'g'), Map.entry('ո', 'n'), Map.entry('α', 'a'), Map.entry('ο', 'o'),
            Map.entry('ρ', 'p'), Map.entry('ε', 'e'), Map.entry('ι', 'i'), Map.entry('κ', 'k'), Map.entry('ν', 'v'),
            Map.entry('τ', 't'), Map.entry('υ', 'u'), Map.entry('χ', 'x'));
    private static final Map<Character, Character> LEET = Map.of(
            '0', 'o', '1', 'i', '3', 'e', '4', 'a', '5', 's', '7', 't', '@', 'a', '$', 's');

    private WordRepair() {
    }

    /** Index: a character; value: its Latin look-alike, or 0. Covers every key of the maps (all below U+0600). */
    private static final char[] HOMOGLYPH_OF = table(HOMOGLYPHS);
    private static final char[] LEET_OF = table(LEET);

    private static char[] table(Map<Character, Character> map) {
        char[] t = new char[0x600];
        map.forEach((k, v) -> t[k] = v);
        return t;
    }

    private static char homoglyph(char c) {
        return c < HOMOGLYPH_OF.length ? HOMOGLYPH_OF[c] : 0;
    }

    private static char leet(char c) {
        return c < LEET_OF.length ? LEET_OF[c] : 0;
    }

    static String repairWords(String s) {
        StringBuilder out = null; // created at the first word that needs repair; until then the text is unchanged
        int n = s.length();
        int i = 0;
        while (i < n) {
            int end = i;
            while (end < n && isWordChar(s.charAt(end))) end++;
            if (end == i) {
                i++;
                continue;
            }
            int mode = repairMode(s, i, end);
            if (mode != 0) {
                if (out == null) out = new StringBuilder(n).append(s, 0, i);
                repair(s, i, end, (mode & 1) != 0, (mode & 2) != 0, out);
            } else if (out != null) {
                out.append(s, i, end);
            }
            i = end;
            // the non-word characters up to the next word
            int next = i;
            while (next < n && !isWordChar(s.charAt(next))) next++;
            if (out != null) out.append(s, i, next);
            i = next;
        }
        return out == null ? s : out.toString();
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '@' || c == '$';
    }

    /** 0: leave the word; bit 1: mixed script (map look-alikes); bit 2: leet spelling (map digits and symbols). */
    private static int repairMode(String s, int from, int to) {
        int latin = 0, lookalike = 0, leet = 0, letters = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c >= 'a' && c <= 'z') latin++;
            if (homoglyph(c) != 0) lookalike++;
            if (leet(c) != 0) leet++;
            if (Character.isLetter(c)) letters++;
        }
        boolean mixedScript = latin > 0 && lookalike > 0;
        boolean leetSpelling = leet > 0 && latin >= 2 && letters > leet && to - from >= 4;
        return (mixedScript ? 1 : 0) | (leetSpelling ? 2 : 0);
    }

    private static void repair(String s, int from, int to, boolean mixedScript, boolean leetSpelling, StringBuilder out) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            char mapped = mixedScript ? homoglyph(c) : 0;
            if (mapped == 0 && leetSpelling) mapped = leet(c);
            out.append(mapped == 0 ? c : mapped);
        }
    }
}
