package dev.gantry.agents;

import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The module's JSON: Jackson 3, which the schema validator brings along. */
public final class Json {
    static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final TypeReference<LinkedHashMap<String, Object>> MAP = new TypeReference<>() {
    };

    private Json() {
    }

    public static String write(Object value) {
        return MAPPER.writeValueAsString(value);
    }

    /** A JSON object's text as maps; a blank text is the empty object (some models send "" for no arguments). */
    public static Map<String, Object> object(String text) {
        if (text == null || text.isBlank()) return new LinkedHashMap<>();
        return MAPPER.readValue(text, MAP);
    }

    public static JsonNode tree(String text) throws JacksonException {
        return MAPPER.readTree(text == null || text.isBlank() ? "{}" : text);
    }
}
