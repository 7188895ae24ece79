package dev.gantry.provider.anthropic.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/** The module's one shared (thread-safe) ObjectMapper and the few helpers every codec part needs. */
public final class Json {
    public static final ObjectMapper MAPPER = new ObjectMapper();
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    private Json() {
    }

    /** Writes one JSON document through a streaming generator, with no intermediate tree. */
    public static byte[] write(int sizeHint, GeneratorBody body) {
        var out = new ByteArrayOutputStream(sizeHint);
        try (JsonGenerator gen = MAPPER.createGenerator(out)) {
            body.write(gen);
        } catch (IOException e) {
            // only reachable through a bug: the target is an in-memory stream
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** An object node as a plain map (schemas, cache_control, thinking, metadata ride as maps in the core). */
    public static Map<String, Object> toMap(JsonNode node) {
        return MAPPER.convertValue(node, MAP);
    }

    /** A JSON text, or null when it is not valid JSON. */
    public static JsonNode parseOrNull(String text) {
        if (text == null || text.isBlank()) return null;
        try {
            return MAPPER.readTree(text);
        } catch (IOException e) {
            return null;
        }
    }

    public static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || !v.isTextual() ? null : v.textValue();
    }

    public static long longOr0(JsonNode node, String field) {
        JsonNode v = node == null ? null : node.get(field);
        return v == null || !v.canConvertToLong() ? 0 : v.longValue();
    }

    @FunctionalInterface
    public interface GeneratorBody {
        void write(JsonGenerator gen) throws IOException;
    }
}
