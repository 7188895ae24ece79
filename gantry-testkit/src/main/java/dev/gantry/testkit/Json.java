package dev.gantry.testkit;

import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** The one shared ObjectMapper of the fake (thread-safe) and small tree helpers. */
final class Json {
    /** Never closes or flushes the target: SSE events are framed and flushed by the caller. */
    static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .disable(StreamWriteFeature.FLUSH_PASSED_TO_STREAM)
            .build();

    private Json() {
    }

    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    static ArrayNode array() {
        return MAPPER.createArrayNode();
    }

    /** @return the tree, a MissingNode for an empty body, or null when the body is not JSON */
    static JsonNode parse(byte[] body) {
        if (body.length == 0) return MissingNode.getInstance();
        try {
            return MAPPER.readTree(body);
        } catch (IOException e) {
            return null;
        }
    }

    /** Parses tool-call arguments; text that is not a JSON object becomes an empty object. */
    static JsonNode objectOrEmpty(String json) {
        try {
            JsonNode n = json == null || json.isBlank() ? null : MAPPER.readTree(json);
            return n != null && n.isObject() ? n : object();
        } catch (IOException e) {
            return object();
        }
    }

    static byte[] bytes(JsonNode node) {
        try {
            return MAPPER.writeValueAsBytes(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void write(OutputStream out, JsonNode node) throws IOException {
        MAPPER.writeValue(out, node);
    }

    static String compact(String json) {
        try {
            return MAPPER.writeValueAsString(MAPPER.readTree(json));
        } catch (IOException e) {
            return json;
        }
    }

    /** Joins the "text" of every element of {@code parts} (optionally only those of {@code type}). */
    static String joinText(JsonNode parts, String type) {
        if (parts.isTextual()) return parts.asText();
        StringBuilder sb = new StringBuilder();
        for (JsonNode p : parts) {
            if (type != null && p.has("type") && !type.equals(p.path("type").asText())) continue;
            JsonNode t = p.get("text");
            if (t != null && t.isTextual()) sb.append(t.asText());
        }
        return sb.toString();
    }

    static Double doubleOrNull(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v != null && v.isNumber() ? v.asDouble() : null;
    }

    static Integer intOrNull(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v != null && v.isNumber() ? v.asInt() : null;
    }

    /** Values of {@code field} of the elements of an array (missing ones skipped). */
    static List<String> texts(JsonNode array, String field) {
        List<String> out = new ArrayList<>();
        for (JsonNode n : array) {
            JsonNode v = n.get(field);
            if (v != null && v.isTextual()) out.add(v.asText());
        }
        return out;
    }
}
