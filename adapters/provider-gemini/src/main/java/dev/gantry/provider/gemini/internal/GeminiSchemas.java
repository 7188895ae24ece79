package dev.gantry.provider.gemini.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns a client's JSON Schema into the OpenAPI-subset {@code Schema} that Gemini accepts in
 * {@code functionDeclarations[].parameters}; Gemini answers 400 to any keyword outside that subset.
 *
 * <p>Kept: type, format (only date-time, enum, int32, int64, float, double), title, description, nullable,
 * enum, items, properties, required, propertyOrdering, anyOf, minItems, maxItems, minProperties,
 * maxProperties, minLength, maxLength, pattern, minimum, maximum, default, example.
 *
 * <p>Rewritten: {@code type: [T, "null"]} -> {@code type: T, nullable: true}; {@code anyOf: [X, {type: null}]}
 * -> X with nullable; {@code oneOf} -> anyOf; {@code allOf} merged into its parent; string {@code const} ->
 * one-value enum; local {@code $ref} (#/$defs/.., #/definitions/..) inlined (recursion cut at depth 32).
 *
 * <p>Dropped: $schema, $id, $ref (after inlining), $defs, definitions, $comment, additionalProperties,
 * unevaluatedProperties, patternProperties, propertyNames, dependentRequired, dependentSchemas, not,
 * if/then/else, exclusiveMinimum, exclusiveMaximum, multipleOf, uniqueItems, contains, prefixItems,
 * examples, readOnly, writeOnly, deprecated, contentEncoding, contentMediaType, strict, other formats
 * (uri, email, uuid...), and anything else unknown.
 */
public final class GeminiSchemas {
    private static final Set<String> COPIED = Set.of("title", "description", "nullable", "enum", "required",
            "propertyOrdering", "minItems", "maxItems", "minProperties", "maxProperties", "minLength", "maxLength",
            "pattern", "minimum", "maximum", "default", "example");
    private static final Set<String> FORMATS = Set.of("date-time", "enum", "int32", "int64", "float", "double");
    private static final int MAX_DEPTH = 32;

    private final Map<?, ?> root;

    private GeminiSchemas(Map<?, ?> root) {
        this.root = root;
    }

    /** The Gemini form of {@code schema}; an empty object schema when there is none. */
    public static ObjectNode toGemini(Map<String, Object> schema) {
        if (schema == null || schema.isEmpty()) return GeminiJson.object().put("type", "object");
        return new GeminiSchemas(schema).convert(schema, 0);
    }

    private ObjectNode convert(Map<?, ?> schema, int depth) {
        ObjectNode out = GeminiJson.object();
        if (depth > MAX_DEPTH) return out.put("type", "object");
        Map<?, ?> s = resolveRef(schema);
        for (Map.Entry<?, ?> e : s.entrySet()) {
            String key = String.valueOf(e.getKey());
            Object value = e.getValue();
            switch (key) {
                case "type" -> putType(out, value);
                case "format" -> {
                    if (value instanceof String f && FORMATS.contains(f)) out.put("format", f);
                }
                case "properties" -> putProperties(out, value, depth);
                case "items" -> putItems(out, value, depth);
                case "anyOf", "oneOf" -> putAnyOf(out, value, depth);
                case "allOf" -> mergeAllOf(out, value, depth);
                case "const" -> {
                    if (value instanceof String c) out.putArray("enum").add(c);
                }
                default -> {
                    if (COPIED.contains(key)) out.set(key, GeminiJson.MAPPER.valueToTree(value));
                }
            }
        }
        return out;
    }

    private Map<?, ?> resolveRef(Map<?, ?> schema) {
        if (!(schema.get("$ref") instanceof String ref)) return schema;
        Object target = lookup(ref);
        return target instanceof Map<?, ?> m ? m : schema;
    }

    /** Follows a local JSON pointer such as #/$defs/Address; remote refs are not fetched. */
    private Object lookup(String ref) {
        if (!ref.startsWith("#/")) return null;
        Object node = root;
        for (String token : ref.substring(2).split("/")) {
            if (!(node instanceof Map<?, ?> m)) return null;
            node = m.get(token.replace("~1", "/").replace("~0", "~"));
        }
        return node;
    }

    private static void putType(ObjectNode out, Object value) {
        if (value instanceof String t) {
            if (!t.equals("null")) out.put("type", t);
            else out.put("nullable", true);
            return;
        }
        if (!(value instanceof List<?> types)) return;
        List<String> real = new ArrayList<>();
        for (Object t : types) {
            if ("null".equals(t)) out.put("nullable", true);
            else if (t != null) real.add(t.toString());
        }
        if (real.size() == 1) {
            out.put("type", real.get(0));
        } else if (real.size() > 1) {
            ArrayNode any = out.putArray("anyOf");
            real.forEach(t -> any.addObject().put("type", t));
        }
    }

    private void putProperties(ObjectNode out, Object value, int depth) {
        if (!(value instanceof Map<?, ?> props)) return;
        ObjectNode target = out.putObject("properties");
        for (Map.Entry<?, ?> p : props.entrySet()) {
            if (p.getValue() instanceof Map<?, ?> sub) {
                target.set(String.valueOf(p.getKey()), convert(sub, depth + 1));
            }
        }
    }

    private void putItems(ObjectNode out, Object value, int depth) {
        if (value instanceof Map<?, ?> item) {
            out.set("items", convert(item, depth + 1));
        } else if (value instanceof List<?> tuple && !tuple.isEmpty() && tuple.get(0) instanceof Map<?, ?> first) {
            out.set("items", convert(first, depth + 1)); // tuple typing is not expressible: keep the first
        }
    }

    private void putAnyOf(ObjectNode out, Object value, int depth) {
        if (!(value instanceof List<?> options)) return;
        List<ObjectNode> real = new ArrayList<>();
        boolean nullable = false;
        for (Object o : options) {
            if (!(o instanceof Map<?, ?> option)) continue;
            if ("null".equals(option.get("type"))) nullable = true;
            else real.add(convert(option, depth + 1));
        }
        if (nullable) out.put("nullable", true);
        if (real.size() == 1) {
            mergeMissing(out, real.get(0)); // Optional[X]: X itself, marked nullable
        } else if (!real.isEmpty()) {
            out.putArray("anyOf").addAll(real);
        }
    }

    private void mergeAllOf(ObjectNode out, Object value, int depth) {
        if (!(value instanceof List<?> parts)) return;
        for (Object p : parts) {
            if (p instanceof Map<?, ?> part) mergeMissing(out, convert(part, depth + 1));
        }
    }

    /** Copies the fields of {@code from} that {@code into} lacks; properties and required are unioned. */
    private static void mergeMissing(ObjectNode into, ObjectNode from) {
        for (Map.Entry<String, JsonNode> f : from.properties()) {
            JsonNode existing = into.get(f.getKey());
            if (existing == null) {
                into.set(f.getKey(), f.getValue());
            } else if (existing instanceof ObjectNode o && f.getKey().equals("properties")) {
                o.setAll((ObjectNode) f.getValue());
            } else if (existing instanceof ArrayNode a && f.getKey().equals("required")) {
                f.getValue().forEach(name -> {
                    if (!contains(a, name)) a.add(name);
                });
            }
        }
    }

    private static boolean contains(ArrayNode array, JsonNode value) {
        for (JsonNode n : array) {
            if (n.equals(value)) return true;
        }
        return false;
    }
}
