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

    static String repairWords(String s) {
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            int end = i;
            while (end < s.length() && isWordChar(s.charAt(end))) end++;
            if (end == i) {
                out.append(s.charAt(i++));
            } else {
                out.append(repair(s, i, end));
                i = end;
            }
        }
        return out.toString();
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '@' || c == '$';
    }

    private static CharSequence repair(String s, int from, int to) {
        int latin = 0, lookalike = 0, leet = 0, letters = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c >= 'a' && c <= 'z') latin++;
            if (HOMOGLYPHS.containsKey(c)) lookalike++;
            if (LEET.containsKey(c)) leet++;
            if (Character.isLetter(c)) letters++;
        }
        boolean mixedScript = latin > 0 && lookalike > 0;
        boolean leetSpelling = leet > 0 && latin >= 2 && letters > leet && to - from >= 4;
        if (!mixedScript && !leetSpelling) return s.subSequence(from, to);
        StringBuilder word = new StringBuilder(to - from);
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            Character mapped = mixedScript ? HOMOGLYPHS.get(c) : null;
            if (mapped == null && leetSpelling) mapped = LEET.get(c);
            word.append(mapped == null ? c : mapped);
        }
        return word;
    }
}
