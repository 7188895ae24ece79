package dev.gantry.workflows.yaml;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gantry.workflows.state.Json;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Strict reading of one mapping of a workflow declaration, in the style of the server's config loader: problems are
 * collected with the path of the value ({@code workflows[0].steps[2].type: ...}), and {@link #finish()} reports the
 * keys nobody read, listing the allowed ones.
 */
final class YamlNode {
    private static final Pattern DURATION = Pattern.compile("(\\d+)(ms|s|m|h)");
    final String path;
    final JsonNode json;
    final List<String> problems;
    private final Set<String> read = new LinkedHashSet<>();

    YamlNode(String path, JsonNode json, List<String> problems) {
        this.path = path;
        this.json = json;
        this.problems = problems;
    }

    String path(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    void problem(String key, String message) {
        problems.add(path(key) + ": " + message);
    }

    boolean has(String key) {
        read.add(key);
        JsonNode v = json.get(key);
        return v != null && !v.isNull();
    }

    JsonNode raw(String key) {
        return has(key) ? json.get(key) : null;
    }

    String string(String key, String fallback) {
        if (!has(key)) return fallback;
        JsonNode v = json.get(key);
        if (!v.isValueNode()) {
            problem(key, "expected a text value, got " + v.getNodeType().name().toLowerCase());
            return fallback;
        }
        return v.asText();
    }

    String required(String key) {
        String v = string(key, null);
        if (v == null && !json.has(key)) problem(key, "is required");
        return v;
    }

    Long integer(String key, Long fallback, long min, long max) {
        if (!has(key)) return fallback;
        JsonNode v = json.get(key);
        if (!v.canConvertToLong() || !v.isIntegralNumber()) {
            problem(key, "'" + v.asText() + "' is not a whole number");
            return fallback;
        }
        if (v.asLong() < min || v.asLong() > max) problem(key, "is " + v.asLong() + "; it must be between " + min + " and " + max);
        return v.asLong();
    }

    Double number(String key) {
        if (!has(key)) return null;
        JsonNode v = json.get(key);
        if (!v.isNumber()) {
            problem(key, "'" + v.asText() + "' is not a number");
            return null;
        }
        return v.asDouble();
    }

    Duration duration(String key, Duration fallback) {
        String s = string(key, null);
        if (s == null) return fallback;
        Matcher m = DURATION.matcher(s.trim());
        if (!m.matches()) {
            problem(key, "'" + s + "' is not a duration; write it like 200ms, 2s, 5m or 1h");
            return fallback;
        }
        long n = Long.parseLong(m.group(1));
        return switch (m.group(2)) {
            case "ms" -> Duration.ofMillis(n);
            case "s" -> Duration.ofSeconds(n);
            case "m" -> Duration.ofMinutes(n);
            default -> Duration.ofHours(n);
        };
    }

    YamlNode object(String key) {
        if (!has(key)) return null;
        JsonNode v = json.get(key);
        if (!v.isObject()) {
            problem(key, "expected a mapping (key: value lines)");
            return null;
        }
        return new YamlNode(path(key), v, problems);
    }

    /** A mapping of names to text values, in file order. */
    Map<String, String> stringMap(String key) {
        Map<String, String> out = new LinkedHashMap<>();
        YamlNode n = object(key);
        if (n == null) return out;
        for (Iterator<String> it = n.json.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            out.put(k, n.string(k, ""));
        }
        return out;
    }

    /** A list of text values; a single value counts as a list of one. */
    List<String> strings(String key) {
        List<String> out = new ArrayList<>();
        if (!has(key)) return out;
        JsonNode v = json.get(key);
        if (v.isValueNode()) {
            out.add(v.asText());
            return out;
        }
        if (!v.isArray()) {
            problem(key, "expected a list of key names");
            return out;
        }
        for (JsonNode item : v) out.add(item.asText());
        return out;
    }

    Map<String, Object> rawMap(String key) {
        YamlNode n = object(key);
        if (n == null) return null;
        return Json.MAPPER.convertValue(n.json, new com.fasterxml.jackson.core.type.TypeReference<Map<String, Object>>() { });
    }

    void finish() {
        for (Iterator<String> it = json.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            if (!read.contains(k)) problems.add(path(k) + ": unknown key; allowed here: " + String.join(", ", read));
        }
    }
}
