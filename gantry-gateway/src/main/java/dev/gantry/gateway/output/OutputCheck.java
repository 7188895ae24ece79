package dev.gantry.gateway.output;

import com.networknt.schema.Schema;
import dev.gantry.core.chat.ChatMessage;
import dev.gantry.core.chat.ChatResponse;
import dev.gantry.core.chat.Choice;
import dev.gantry.core.chat.ResponseFormat;
import dev.gantry.core.error.ErrorKind;
import dev.gantry.core.error.GantryException;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks one request's answers against its response_format: json_object needs a JSON object, json_schema a
 * JSON value valid against the schema. Choices that call tools instead of answering are not checked.
 */
public final class OutputCheck {
    /** For requests without a JSON response_format: every answer passes. */
    static final OutputCheck NONE = new OutputCheck(null, null);

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String ROOT = "(root)";
    private final ResponseFormat format;
    private final Schema schema;

    OutputCheck(ResponseFormat format, Schema schema) {
        this.format = format;
        this.schema = schema;
    }

    public boolean enabled() {
        return format != null;
    }

    public ResponseFormat format() {
        return format;
    }

    /** The first choice that fails, or null when every checked choice passes. */
    public Failure firstFailure(ChatResponse response) {
        if (!enabled()) return null;
        for (Choice c : response.choices()) {
            ChatMessage m = c.message();
            if (m == null || !m.toolCalls().isEmpty()) continue;
            List<String> problems = problems(m.text());
            if (!problems.isEmpty()) return new Failure(m.text(), problems);
        }
        return null;
    }

    /** The client's error after the repair attempt also failed: names the rule broken and each problem. */
    public GantryException rejected(String model, Failure f) {
        String rule = format.type() == ResponseFormat.Type.JSON_OBJECT ? "a JSON object (response_format json_object)"
                : "JSON matching the schema '" + format.name() + "' (response_format json_schema)";
        return new GantryException(ErrorKind.MALFORMED_RESPONSE, "model '" + model + "' did not answer with " + rule
                + ", even after one repair attempt:\n" + RepairPrompt.summary(f.problems())
                + "Simplify the schema or describe the expected JSON in the prompt, or use a model that supports "
                + "structured output.");
    }

    /** @return "path: message" lines; empty when the text is valid */
    List<String> problems(String text) {
        if (text == null || text.isBlank()) return List.of(ROOT + ": the answer is empty, expected JSON");
        JsonNode node;
        try {
            node = JSON.readTree(text);
        } catch (JacksonException e) {
            return List.of(ROOT + ": the answer is not valid JSON (" + e.getOriginalMessage() + ")");
        }
        if (format.type() == ResponseFormat.Type.JSON_OBJECT && !node.isObject()) {
            return List.of(ROOT + ": expected a JSON object, got " + node.getNodeType());
        }
        if (schema == null) return List.of();
        List<String> out = new ArrayList<>();
        for (com.networknt.schema.Error e : schema.validate(node)) out.add(where(e) + ": " + e.getMessage());
        return out;
    }

    /** The JSON pointer of the offending value; the root's pointer is empty, which reads badly in a message. */
    private static String where(com.networknt.schema.Error e) {
        String pointer = String.valueOf(e.getInstanceLocation());
        return pointer.isEmpty() ? ROOT : pointer;
    }

    /** An answer that failed the check: its text and what is wrong with it. */
    public record Failure(String answer, List<String> problems) {
        public Failure {
            problems = List.copyOf(problems);
        }
    }
}
