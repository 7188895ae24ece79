package dev.gantry.server.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Strict reading of one YAML mapping: every read key is remembered, so {@link #finish()} can report the
 * keys nobody asked for (unknown keys are errors, with the allowed ones listed). Problems are collected,
 * not thrown, so one run of `gantry config check` reports all of them. `${NAME}` is replaced by the
 * environment variable NAME.
 */
final class Node {
    private static final Pattern ENV = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?}");
    private static final Pattern DURATION = Pattern.compile("(\\d+)(ms|s|m|h)");
    private static final com.fasterxml.jackson.databind.ObjectMapper PLAIN = new com.fasterxml.jackson.databind.ObjectMapper();
    private final String path;
    private final JsonNode json;
    private final List<String> problems;
    private final Function<String, String> env;
    private final Set<String> read = new LinkedHashSet<>();

    Node(String path, JsonNode json, List<String> problems, Function<String, String> env) {
        this.path = path;
        this.json = json;
        this.problems = problems;
        this.env = env;
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

    String string(String key, String fallback) {
        if (!has(key)) return fallback;
        JsonNode v = json.get(key);
        if (!v.isValueNode()) {
            problem(key, "expected a text value, got " + v.getNodeType().name().toLowerCase());
            return fallback;
        }
        return substitute(key, v.asText());
    }

    String required(String key) {
        String v = string(key, null);
        if (v == null && !json.has(key)) problem(key, "is required");
        return v;
    }

    /** A secret: must be written as ${ENV_NAME} so it never sits in the file. */
    String secret(String key) {
        if (!has(key)) return null;
        String raw = json.get(key).asText();
        if (!ENV.matcher(raw).matches()) {
            problem(key, "write the secret as ${ENV_NAME} and set that environment variable; secrets are never inline in the config");
            return null;
        }
        return substitute(key, raw);
    }

    private String substitute(String key, String raw) {
        Matcher m = ENV.matcher(raw);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String value = env.apply(m.group(1));
            if (value == null) value = m.group(2);
            if (value == null) {
                problem(key, "refers to ${" + m.group(1) + "}, which is not set; export it or use ${"
                        + m.group(1) + ":-default}");
                value = "";
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(value));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    long integer(String key, long fallback, long min) {
        String s = string(key, null);
        if (s == null) return fallback;
        try {
            long v = Long.parseLong(s.trim().replace("_", ""));
            if (v < min) problem(key, "is " + v + "; it must be " + min + " or more");
            return v;
        } catch (NumberFormatException e) {
            problem(key, "'" + s + "' is not a whole number");
            return fallback;
        }
    }

    boolean bool(String key, boolean fallback) {
        String s = string(key, null);
        if (s == null) return fallback;
        if (s.equals("true") || s.equals("false")) return Boolean.parseBoolean(s);
        problem(key, "'" + s + "' is not true or false");
        return fallback;
    }

    BigDecimal decimal(String key, BigDecimal fallback) {
        String s = string(key, null);
        if (s == null) return fallback;
        try {
            BigDecimal v = new BigDecimal(s.trim());
            if (v.signum() < 0) problem(key, "is " + s + "; it cannot be negative");
            return v;
        } catch (NumberFormatException e) {
            problem(key, "'" + s + "' is not a number");
            return fallback;
        }
    }

    /** "200ms", "2s", "5m", "1h". */
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

    /** "50%" or 50. */
    float percent(String key, float fallback) {
        String s = string(key, null);
        if (s == null) return fallback;
        try {
            float v = Float.parseFloat(s.trim().replace("%", ""));
            if (v <= 0 || v > 100) problem(key, "is " + s + "; it must be between 1% and 100%");
            return v;
        } catch (NumberFormatException e) {
            problem(key, "'" + s + "' is not a percentage like 50%");
            return fallback;
        }
    }

    Node object(String key) {
        if (!has(key)) return null;
        JsonNode v = json.get(key);
        if (!v.isObject()) {
            problem(key, "expected a mapping (key: value lines)");
            return null;
        }
        return new Node(path(key), v, problems, env);
    }

    /** A free-form mapping (a JSON schema, say) as plain maps, lists and values; no ${NAME} substitution. */
    Map<String, Object> rawMap(String key) {
        if (!has(key)) return null;
        JsonNode v = json.get(key);
        if (!v.isObject()) {
            problem(key, "expected a mapping (key: value lines)");
            return null;
        }
        return PLAIN.convertValue(v, new com.fasterxml.jackson.core.type.TypeReference<Map<String, Object>>() { });
    }

    List<Node> objects(String key) {
        List<Node> out = new ArrayList<>();
        if (!has(key)) return out;
        JsonNode v = json.get(key);
        if (!v.isArray()) {
            problem(key, "expected a list (lines starting with '- ')");
            return out;
        }
        for (int i = 0; i < v.size(); i++) {
            JsonNode item = v.get(i);
            if (!item.isObject()) problems.add(path(key) + "[" + i + "]: expected a mapping");
            else out.add(new Node(path(key) + "[" + i + "]", item, problems, env));
        }
        return out;
    }

    List<String> strings(String key) {
        List<String> out = new ArrayList<>();
        if (!has(key)) return out;
        JsonNode v = json.get(key);
        if (v.isValueNode()) {
            out.add(substitute(key, v.asText()));
            return out;
        }
        for (JsonNode item : v) out.add(substitute(key, item.asText()));
        return out;
    }

    /** The value as parsed, for sections read by their own module (workflows:); null when absent. */
    JsonNode raw(String key) {
        return has(key) ? json.get(key) : null;
    }

    /** The keys of this mapping, in file order. */
    List<String> fieldNames() {
        List<String> out = new ArrayList<>();
        json.fieldNames().forEachRemaining(out::add);
        return out;
    }

    /** A mapping whose values are mappings, e.g. named policies; keys in file order. */
    Map<String, Node> objectMap(String key) {
        Map<String, Node> out = new LinkedHashMap<>();
        Node n = object(key);
        if (n == null) return out;
        for (Iterator<String> it = n.json.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            Node child = n.object(k);
            if (child != null) out.put(k, child);
        }
        return out;
    }

    Map<String, String> stringMap(String key) {
        Map<String, String> out = new LinkedHashMap<>();
        Node n = object(key);
        if (n == null) return out;
        for (Iterator<String> it = n.json.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            out.put(k, n.string(k, ""));
        }
        return out;
    }

    /** Reports keys that were never read. Call after reading every known key. */
    void finish() {
        for (Iterator<String> it = json.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            if (!read.contains(k)) {
                problems.add(path(k) + ": unknown key; allowed here: " + String.join(", ", read));
            }
        }
    }
}
