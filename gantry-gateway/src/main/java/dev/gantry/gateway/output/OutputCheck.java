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
 * Checks one request's answers against the formats that apply to it: the client's response_format and the
 * route's output schema. json_object needs a JSON object, json_schema a JSON value valid against the schema.
 * Choices that call tools instead of answering are not checked.
 */
public final class OutputCheck {
    /** For requests without a JSON response_format or route schema: every answer passes. */
    static final OutputCheck NONE = new OutputCheck(List.of());

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String ROOT = "(root)";
    private final List<Rule> rules;

    OutputCheck(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** One format to meet and, for json_schema, its compiled schema (null for json_object). */
    record Rule(ResponseFormat format, Schema schema) {
    }

    public boolean enabled() {
        return !rules.isEmpty();
    }

    /** The format a syntax error breaks: every one of them, so the first is named. */
    ResponseFormat firstFormat() {
        return rules.get(0).format();
    }

    /** The first choice that fails, or null when every checked choice passes. */
    public Failure firstFailure(ChatResponse response) {
        if (!enabled()) return null;
        for (Choice c : response.choices()) {
            ChatMessage m = c.message();
            if (m == null || !m.toolCalls().isEmpty()) continue;
            Failure f = failure(m.text());
            if (f != null) return f;
        }
        return null;
    }

    /** The first format {@code text} fails, with its problems; null when it meets them all. */
    public Failure failure(String text) {
        for (Rule rule : rules) {
            List<String> problems = problems(rule, text);
            if (!problems.isEmpty()) return new Failure(rule.format(), text, problems);
        }
        return null;
    }

    /** The client's error after the repair attempt also failed: names the rule broken and each problem. */
    public GantryException rejected(String model, Failure f) {
        return new GantryException(ErrorKind.MALFORMED_RESPONSE, "model '" + model + "' did not answer with "
                + describe(f.format()) + ", even after one repair attempt:\n" + RepairPrompt.summary(f.problems())
                + "Simplify the schema or describe the expected JSON in the prompt, or use a model that supports "
                + "structured output.");
    }

    /** The client's error for a streamed answer: it was sent already, so there is no repair call. */
    public GantryException rejectedStream(String model, Failure f) {
        return new GantryException(ErrorKind.MALFORMED_RESPONSE, "model '" + model + "' streamed an answer that is not "
                + describe(f.format()) + " (a streamed answer cannot be repaired once sent):\n"
                + RepairPrompt.summary(f.problems()) + "Retry, describe the expected JSON in the prompt, or ask without "
                + "streaming to get one automatic repair attempt.");
    }

    static String describe(ResponseFormat format) {
        return format.type() == ResponseFormat.Type.JSON_OBJECT ? "a JSON object (response_format json_object)"
                : "JSON matching the schema '" + format.name() + "' (response_format json_schema)";
    }

    /** @return "path: message" lines; empty when the text is valid */
    static List<String> problems(Rule rule, String text) {
        if (text == null || text.isBlank()) return List.of(ROOT + ": the answer is empty, expected JSON");
        JsonNode node;
        try {
            node = JSON.readTree(text);
        } catch (JacksonException e) {
            return List.of(ROOT + ": the answer is not valid JSON (" + e.getOriginalMessage() + ")");
        }
        if (rule.format().type() == ResponseFormat.Type.JSON_OBJECT && !node.isObject()) {
            return List.of(ROOT + ": expected a JSON object, got " + node.getNodeType());
        }
        if (rule.schema() == null) return List.of();
        List<String> out = new ArrayList<>();
        for (com.networknt.schema.Error e : rule.schema().validate(node)) out.add(where(e) + ": " + e.getMessage());
        return out;
    }

    /** The JSON pointer of the offending value; the root's pointer is empty, which reads badly in a message. */
    private static String where(com.networknt.schema.Error e) {
        String pointer = String.valueOf(e.getInstanceLocation());
        return pointer.isEmpty() ? ROOT : pointer;
    }

    /** An answer that failed the check: the format it broke, its text and what is wrong with it. */
    public record Failure(ResponseFormat format, String answer, List<String> problems) {
        public Failure {
            problems = List.copyOf(problems);
        }
    }
}
