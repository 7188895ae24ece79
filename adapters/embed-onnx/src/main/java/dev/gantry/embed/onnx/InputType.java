package dev.gantry.embed.onnx;

import dev.gantry.core.error.GantryException;
import java.util.Locale;
import java.util.Map;

/** What the texts of a request are for, read from {@code extra.input_type}; it decides the query instruction. */
enum InputType {
    QUERY, DOCUMENT;

    static final String FIELD = "input_type";

    /** Absent means document: stored passages are the common case and take no instruction. */
    static InputType of(Map<String, Object> extra) {
        Object value = extra.get(FIELD);
        if (value == null) return DOCUMENT;
        if (value instanceof String s) {
            switch (s.toLowerCase(Locale.ROOT)) {
                case "query" -> {
                    return QUERY;
                }
                case "document" -> {
                    return DOCUMENT;
                }
                default -> { }
            }
        }
        throw GantryException.invalid(FIELD, "input_type '" + shortened(value) + "' is not supported: use \"query\" for search"
                + " queries or \"document\" (the default) for texts to index");
    }

    private static String shortened(Object value) {
        String text = String.valueOf(value);
        return text.length() <= 40 ? text : text.substring(0, 40) + "...";
    }
}
