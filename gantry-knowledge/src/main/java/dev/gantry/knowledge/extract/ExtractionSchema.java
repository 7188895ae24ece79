package dev.gantry.knowledge.extract;

import dev.gantry.core.chat.ResponseFormat;
import dev.gantry.core.knowledge.AtomType;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** The JSON schema extraction answers are held to (the gateway validates and repairs against it). */
final class ExtractionSchema {
    static final List<String> TYPES = Arrays.stream(AtomType.values()).map(AtomType::wire).toList();

    static final Map<String, Object> SCHEMA = Map.of("type", "object", "additionalProperties", false,
            "required", List.of("topics", "atoms"),
            "properties", Map.of(
                    "topics", Map.of("type", "array", "items", Map.of("type", "object", "additionalProperties", false,
                            "required", List.of("name", "summary"),
                            "properties", Map.of("name", Map.of("type", "string", "minLength", 1),
                                    "summary", Map.of("type", "string")))),
                    "atoms", Map.of("type", "array", "items", Map.of("type", "object", "additionalProperties", false,
                            "required", List.of("type", "topic", "title", "body", "source_ids"),
                            "properties", Map.of("type", Map.of("enum", TYPES),
                                    "topic", Map.of("type", "string", "minLength", 1),
                                    "title", Map.of("type", "string", "minLength", 1),
                                    "body", Map.of("type", "string"),
                                    "source_ids", Map.of("type", "array", "minItems", 1,
                                            "items", Map.of("type", "integer")))))));

    static final ResponseFormat FORMAT = new ResponseFormat(ResponseFormat.Type.JSON_SCHEMA, "knowledge_extraction",
            "Topics and knowledge atoms found in chat messages", SCHEMA, true);

    private ExtractionSchema() {
    }
}
