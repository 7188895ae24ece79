package dev.gantry.provider.gemini.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The one ObjectMapper of the Gemini adapter (thread-safe, shared by every codec call). */
public final class GeminiJson {
    public static final ObjectMapper MAPPER = new ObjectMapper();
    public static final JsonNodeFactory NODES = MAPPER.getNodeFactory();

    private GeminiJson() {
    }

    public static ObjectNode object() {
        return NODES.objectNode();
    }

    /** Text of a field, or null when it is absent or JSON null. */
    public static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
