package dev.gantry.core.knowledge;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The kinds of knowledge atom extraction produces. */
public enum AtomType {
    PROBLEM, SOLUTION, DECISION, QUESTION, ANSWER, INSIGHT, FACT, ACTION_ITEM;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @throws IllegalArgumentException naming the allowed values */
    public static AtomType parse(String s) {
        for (AtomType t : values()) if (t.wire().equalsIgnoreCase(s == null ? "" : s.trim())) return t;
        throw new IllegalArgumentException("atom type '" + s + "' is not one of " + allWire());
    }

    public static String allWire() {
        return Arrays.stream(values()).map(AtomType::wire).collect(Collectors.joining(", "));
    }
}
