package dev.gantry.guard.classify;

import java.lang.Character.UnicodeScript;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rule literals split by script, one {@link LiteralAutomaton} each: a single automaton over Latin, Cyrillic, CJK,
 * Arabic and Thai literals would hold states x hundreds of characters (17 MB measured for the injection rules). Latin
 * and plain ASCII literals are always scanned; the others only when the text holds a character of their script, which
 * any text containing one of them must.
 */
final class ScriptedLiterals {
    private static final UnicodeScript[] SCRIPTS = UnicodeScript.values();
    private final LiteralAutomaton latin;
    /** Per script ordinal, its automaton, or null. */
    private final LiteralAutomaton[] byScript = new LiteralAutomaton[SCRIPTS.length];
    private final boolean anyOtherScript;

    ScriptedLiterals(Map<String, List<Integer>> factorsOfLiteral) {
        Map<UnicodeScript, Map<String, List<Integer>>> groups = new EnumMap<>(UnicodeScript.class);
        factorsOfLiteral.forEach((literal, factors) ->
                groups.computeIfAbsent(scriptOf(literal), s -> new LinkedHashMap<>()).put(literal, factors));
        latin = new LiteralAutomaton(groups.getOrDefault(UnicodeScript.LATIN, Map.of()));
        groups.remove(UnicodeScript.LATIN);
        groups.forEach((script, literals) -> byScript[script.ordinal()] = new LiteralAutomaton(literals));
        anyOtherScript = !groups.isEmpty();
    }

    /** Sets the bit of every factor one of whose literals occurs in the text. */
    void scan(String text, long[] found) {
        latin.scan(text, found);
        if (!anyOtherScript) return;
        boolean[] scanned = null;
        UnicodeScript last = UnicodeScript.LATIN;
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (c < 128) continue;
            UnicodeScript script = UnicodeScript.of(c);
            if (script == last) continue;
            last = script;
            LiteralAutomaton automaton = byScript[script.ordinal()];
            if (automaton == null) continue;
            if (scanned == null) scanned = new boolean[SCRIPTS.length];
            if (scanned[script.ordinal()]) continue;
            scanned[script.ordinal()] = true;
            automaton.scan(text, found);
        }
    }

    /** The script of a literal's first character outside ASCII; Latin for pure ASCII literals. */
    static UnicodeScript scriptOf(String literal) {
        for (int i = 0; i < literal.length(); i++) {
            char c = literal.charAt(i);
            if (c >= 128) return UnicodeScript.of(c);
        }
        return UnicodeScript.LATIN;
    }
}
