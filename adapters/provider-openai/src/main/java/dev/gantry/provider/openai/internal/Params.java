package dev.gantry.provider.openai.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gantry.core.error.GantryException;
import java.util.Map;

/**
 * Typed reads of request fields with INVALID_REQUEST errors that name the parameter path (e.g.
 * {@code messages[2].content}), the rule and what was sent. JSON null counts as absent. Paths are
 * only concatenated when an error is thrown, to keep the hot path allocation-light.
 */
public final class Params {
    private Params() {
    }

    public static String at(String prefix, String field) {
        return prefix == null || prefix.isEmpty() ? field : prefix + "." + field;
    }

    public static GantryException invalid(String param, String rule) {
        return GantryException.invalid(param, param + " " + rule);
    }

    static JsonNode value(JsonNode parent, String field) {
        JsonNode n = parent.get(field);
        return n == null || n.isNull() ? null : n;
    }

    public static String optString(JsonNode parent, String field, String prefix) {
        JsonNode n = value(parent, field);
        if (n == null) return null;
        if (!n.isTextual()) throw invalid(at(prefix, field), "must be a string, got " + describe(n));
        return n.textValue();
    }

    public static String requiredString(JsonNode parent, String field, String prefix, String hint) {
        String s = optString(parent, field, prefix);
        if (s == null || s.isEmpty()) throw invalid(at(prefix, field), "is required: " + hint);
        return s;
    }

    /** A string that must be present but may be empty (message text). */
    public static String requiredText(JsonNode parent, String field, String prefix) {
        String s = optString(parent, field, prefix);
        if (s == null) throw invalid(at(prefix, field), "is required and must be a string");
        return s;
    }

    /** An object field as plain maps (JSON Schemas, metadata, cache_control), or null when absent. */
    public static Map<String, Object> optPlainObject(JsonNode parent, String field, String prefix) {
        JsonNode n = optObject(parent, field, prefix);
        return n == null ? null : Json.plainMap(n);
    }

    public static Boolean optBoolean(JsonNode parent, String field, String prefix) {
        JsonNode n = value(parent, field);
        if (n == null) return null;
        if (!n.isBoolean()) throw invalid(at(prefix, field), "must be true or false, got " + describe(n));
        return n.booleanValue();
    }

    public static Integer optInt(JsonNode parent, String field, String prefix, int min, int max) {
        JsonNode n = value(parent, field);
        if (n == null) return null;
        if (!n.isNumber() || !n.canConvertToExactIntegral() || !n.canConvertToInt()
                || n.intValue() < min || n.intValue() > max) {
            throw invalid(at(prefix, field), "must be an integer " + range(min, max) + ", got " + describe(n));
        }
        return n.intValue();
    }

    public static Long optLong(JsonNode parent, String field, String prefix) {
        JsonNode n = value(parent, field);
        if (n == null) return null;
        if (!n.isNumber() || !n.canConvertToExactIntegral() || !n.canConvertToLong()) {
            throw invalid(at(prefix, field), "must be an integer, got " + describe(n));
        }
        return n.longValue();
    }

    public static Double optDouble(JsonNode parent, String field, String prefix, double min, double max) {
        JsonNode n = value(parent, field);
        if (n == null) return null;
        if (!n.isNumber() || n.doubleValue() < min || n.doubleValue() > max) {
            throw invalid(at(prefix, field), "must be a number from " + plainNumber(min) + " to "
                    + plainNumber(max) + ", got " + describe(n));
        }
        return n.doubleValue();
    }

    public static JsonNode optObject(JsonNode parent, String field, String prefix) {
        JsonNode n = value(parent, field);
        if (n == null) return null;
        if (!n.isObject()) throw invalid(at(prefix, field), "must be an object, got " + describe(n));
        return n;
    }

    public static JsonNode optArray(JsonNode parent, String field, String prefix) {
        JsonNode n = value(parent, field);
        if (n == null) return null;
        if (!n.isArray()) throw invalid(at(prefix, field), "must be an array, got " + describe(n));
        return n;
    }

    /** What a value is, for error messages: short, and never the whole value (it may be large). */
    public static String describe(JsonNode n) {
        if (n == null || n.isMissingNode()) return "nothing";
        if (n.isNull()) return "null";
        if (n.isTextual()) {
            String t = n.textValue();
            return t.length() <= 40 ? "'" + t + "'" : "a string of " + t.length() + " characters";
        }
        if (n.isNumber() || n.isBoolean()) return n.asText();
        if (n.isArray()) return "an array";
        return "an object";
    }

    private static String range(int min, int max) {
        if (max == Integer.MAX_VALUE) return "of at least " + min;
        return "from " + min + " to " + max;
    }

    private static String plainNumber(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }
}
