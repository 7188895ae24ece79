package dev.gantry.workflows.state;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;

/** The one mapper of the workflow engine, and the state's JSON form (an object, keys in order). */
public final class Json {
    public static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {
    }

    public static String write(Map<String, JsonNode> values) {
        ObjectNode o = MAPPER.createObjectNode();
        values.forEach(o::set);
        return o.toString();
    }

    /** @throws IllegalArgumentException when {@code json} is not a JSON object */
    public static Map<String, JsonNode> readObject(String json) {
        JsonNode n;
        try {
            n = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not valid JSON: " + e.getOriginalMessage());
        }
        if (n == null || !n.isObject()) throw new IllegalArgumentException("expected a JSON object, got " + ValueType.describe(n));
        Map<String, JsonNode> out = new LinkedHashMap<>();
        n.properties().forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    public static String text(JsonNode value) {
        return value.isTextual() ? value.asText() : value.toString();
    }
}
