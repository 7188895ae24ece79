package dev.gantry.workflows.state;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;

/** What a state key holds, as its JSON shape: the same five types in the Java DSL and in YAML. */
public enum ValueType {
    STRING, NUMBER, BOOLEAN, JSON, LIST;

    /** Whether {@code value} has this type's JSON shape (JSON takes anything but null). */
    public boolean accepts(JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) return false;
        return switch (this) {
            case STRING -> value.isTextual();
            case NUMBER -> value.isNumber();
            case BOOLEAN -> value.isBoolean();
            case LIST -> value.isArray();
            case JSON -> true;
        };
    }

    public String yamlName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @return null when {@code name} is not one of string, number, boolean, json, list */
    public static ValueType parse(String name) {
        for (ValueType t : values()) if (t.yamlName().equals(name)) return t;
        return null;
    }

    /** What a JSON value is, in the same words, for errors. */
    public static String describe(JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) return "null";
        if (value.isTextual()) return "a string";
        if (value.isNumber()) return "a number";
        if (value.isBoolean()) return "a boolean";
        if (value.isArray()) return "a list";
        return "an object";
    }
}
