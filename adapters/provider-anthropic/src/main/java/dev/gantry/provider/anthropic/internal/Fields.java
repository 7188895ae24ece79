package dev.gantry.provider.anthropic.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gantry.core.error.GantryException;
import java.util.Map;

/**
 * Typed reads of inbound request fields. Each failure is an INVALID_REQUEST naming the parameter path
 * (e.g. {@code messages[1].content[0].text}), the rule it broke and how to fix it.
 */
final class Fields {
    private Fields() {
    }

    static GantryException invalid(String path, String rule) {
        return GantryException.invalid(path, path + ": " + rule);
    }

    /** A JSON null counts as absent, as it does for Anthropic's API. */
    static boolean absent(JsonNode v) {
        return v == null || v.isNull();
    }

    static String requiredText(JsonNode parent, String field, String path) {
        JsonNode v = parent.get(field);
        if (absent(v)) throw invalid(path, "is required; send it as a string");
        if (!v.isTextual()) throw invalid(path, "must be a string, got " + kind(v));
        return v.textValue();
    }

    static String optionalText(JsonNode parent, String field, String path) {
        JsonNode v = parent.get(field);
        if (absent(v)) return null;
        if (!v.isTextual()) throw invalid(path, "must be a string, got " + kind(v));
        return v.textValue();
    }

    static JsonNode requiredObject(JsonNode parent, String field, String path) {
        JsonNode v = parent.get(field);
        if (absent(v)) throw invalid(path, "is required; send it as a JSON object");
        return object(v, path);
    }

    static JsonNode object(JsonNode v, String path) {
        if (!v.isObject()) throw invalid(path, "must be a JSON object, got " + kind(v));
        return v;
    }

    static JsonNode array(JsonNode v, String path) {
        if (!v.isArray()) throw invalid(path, "must be an array, got " + kind(v));
        return v;
    }

    /** The optional {@code cache_control} object of a block or tool, as a map. */
    static Map<String, Object> cacheControl(JsonNode parent, String path) {
        JsonNode v = parent.get("cache_control");
        if (absent(v)) return null;
        return Json.toMap(object(v, path + ".cache_control"));
    }

    static Boolean optionalBoolean(JsonNode v, String path) {
        if (absent(v)) return null;
        if (!v.isBoolean()) throw invalid(path, "must be true or false, got " + kind(v));
        return v.booleanValue();
    }

    static int positiveInt(JsonNode v, String path) {
        if (!v.isIntegralNumber() || !v.canConvertToInt() || v.intValue() < 1) {
            throw invalid(path, "must be a whole number >= 1, got " + shown(v));
        }
        return v.intValue();
    }

    static int nonNegativeInt(JsonNode v, String path) {
        if (!v.isIntegralNumber() || !v.canConvertToInt() || v.intValue() < 0) {
            throw invalid(path, "must be a whole number >= 0, got " + shown(v));
        }
        return v.intValue();
    }

    static double numberBetween(JsonNode v, String path, double min, double max) {
        if (!v.isNumber() || v.doubleValue() < min || v.doubleValue() > max) {
            throw invalid(path, "must be a number from " + min + " to " + max + ", got " + shown(v));
        }
        return v.doubleValue();
    }

    /** A scalar as written (cut to 40 chars), anything else by its kind: never echoes a whole document. */
    static String shown(JsonNode v) {
        if (!v.isValueNode()) return kind(v);
        String s = v.toString();
        return s.length() <= 40 ? s : s.substring(0, 40) + "...";
    }

    static String kind(JsonNode v) {
        return switch (v.getNodeType()) {
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            case STRING -> "a string";
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            case NULL -> "null";
            default -> v.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
        };
    }
}
