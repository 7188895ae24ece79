package dev.gantry.provider.anthropic.internal;

import static dev.gantry.provider.anthropic.internal.Fields.invalid;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gantry.core.chat.ChatMessage;
import dev.gantry.core.chat.ChatRequest;
import dev.gantry.core.error.GantryException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An inbound Anthropic Messages request body to the internal {@link ChatRequest}, fully validated. */
public final class RequestReader {
    private RequestReader() {
    }

    public static ChatRequest read(byte[] json) {
        JsonNode root = parse(json);
        ChatRequest.Builder request = ChatRequest.builder();
        List<ChatMessage> system = new ArrayList<>(1);
        List<ChatMessage> conversation = new ArrayList<>();
        Map<String, Object> extra = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> field : root.properties()) {
            JsonNode v = field.getValue();
            if (Fields.absent(v)) continue;
            switch (field.getKey()) {
                case "model" -> request.model(Fields.requiredText(root, "model", "model"));
                case "max_tokens" -> request.maxTokens(Fields.positiveInt(v, "max_tokens"));
                case "system" -> MessageReader.system(v, "system", system);
                case "messages" -> MessageReader.messages(v, conversation);
                case "tools" -> request.tools(ToolReader.tools(v));
                case "tool_choice" -> ToolReader.toolChoice(v, request);
                case "stop_sequences" -> request.stop(strings(v, "stop_sequences"));
                case "temperature" -> request.temperature(Fields.numberBetween(v, "temperature", 0, 1));
                case "top_p" -> request.topP(Fields.numberBetween(v, "top_p", 0, 1));
                case "top_k" -> request.topK(Fields.nonNegativeInt(v, "top_k"));
                case "stream" -> request.stream(Fields.optionalBoolean(v, "stream"));
                case "thinking" -> request.thinking(Json.toMap(Fields.object(v, "thinking")));
                case "metadata" -> request.metadata(Json.toMap(Fields.object(v, "metadata")));
                case "output_config" -> OutputConfigReader.read(v, request);
                default -> extra.put(field.getKey(), Json.MAPPER.convertValue(v, Object.class));
            }
        }
        requirePresent(root);
        system.addAll(conversation);
        ChatRequest built = request.messages(system).extra(extra).build();
        // an Anthropic client always gets usage at the end of a stream; ask OpenAI-dialect upstreams for it too
        return built.stream() ? built.toBuilder().includeUsage(true).build() : built;
    }

    private static JsonNode parse(byte[] json) {
        JsonNode root;
        try {
            root = Json.MAPPER.readTree(json);
        } catch (IOException e) {
            throw new GantryException(dev.gantry.core.error.ErrorKind.INVALID_REQUEST,
                    "the request body is not valid JSON; send a Messages API request object", "body", null, e);
        }
        if (root == null || !root.isObject()) {
            throw invalid("body", "must be a JSON object holding model, max_tokens and messages");
        }
        return root;
    }

    private static void requirePresent(JsonNode root) {
        if (Fields.absent(root.get("model"))) throw invalid("model", "is required; name the model to call");
        if (Fields.absent(root.get("max_tokens"))) {
            throw invalid("max_tokens", "is required by the Messages API; send the most tokens the answer may use, e.g. 1024");
        }
        if (Fields.absent(root.get("messages"))) throw invalid("messages", "is required; send at least one user message");
    }

    private static List<String> strings(JsonNode v, String path) {
        Fields.array(v, path);
        List<String> out = new ArrayList<>(v.size());
        for (int i = 0; i < v.size(); i++) {
            JsonNode s = v.get(i);
            if (!s.isTextual()) throw invalid(path + "[" + i + "]", "must be a string, got " + Fields.kind(s));
            out.add(s.textValue());
        }
        return out;
    }
}
