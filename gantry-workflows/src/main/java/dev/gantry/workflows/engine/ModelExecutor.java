package dev.gantry.workflows.engine;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.gantry.core.chat.CallOptions;
import dev.gantry.core.chat.ChatMessage;
import dev.gantry.core.chat.ChatModel;
import dev.gantry.core.chat.ChatRequest;
import dev.gantry.core.chat.ChatResponse;
import dev.gantry.core.chat.ResponseFormat;
import dev.gantry.workflows.graph.Action;
import dev.gantry.workflows.graph.StepSpec;
import dev.gantry.workflows.state.Json;
import dev.gantry.workflows.state.StateKey;
import dev.gantry.workflows.state.ValueType;
import dev.gantry.workflows.state.WorkflowState;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Model steps: the prompt filled from state, one call through the chat port, the answer into state. */
final class ModelExecutor {
    private ModelExecutor() {
    }

    static Map<String, JsonNode> run(ChatModel chat, StepSpec step, Action.Model m, WorkflowState state, StepCall call) {
        ChatResponse response = chat.chat(request(m, state), new CallOptions(CallOptions.DEFAULT.connectTimeout(),
                CallOptions.DEFAULT.responseTimeout(), requestId(call)));
        ChatMessage message = response.message();
        String text = message == null ? null : message.text();
        if (text == null) throw new StepFailure("the model '" + m.model() + "' answered with no text", true);
        return m.schema() == null ? plain(step, text) : structured(step, m, text);
    }

    /** Unique per attempt (attempts count on across resumes): the ledger keeps one row per request id. */
    static String requestId(StepCall call) {
        return call.runId() + "/" + call.stepId() + "/" + call.attempt();
    }

    static ChatRequest request(Action.Model m, WorkflowState state) {
        List<ChatMessage> messages = new ArrayList<>();
        if (m.system() != null) messages.add(ChatMessage.system(m.system()));
        messages.add(ChatMessage.user(m.prompt().render(state)));
        ChatRequest.Builder b = ChatRequest.builder().model(m.model()).messages(messages);
        if (m.temperature() != null) b.temperature(m.temperature());
        if (m.maxTokens() != null) b.maxTokens(m.maxTokens());
        if (m.schema() != null) b.responseFormat(new ResponseFormat(ResponseFormat.Type.JSON_SCHEMA, "step_output", null, m.schema(), true));
        return b.build();
    }

    private static Map<String, JsonNode> plain(StepSpec step, String text) {
        StateKey<?> key = step.writes().get(0);
        JsonNode value = key.type() == ValueType.STRING ? Json.MAPPER.getNodeFactory().textNode(text) : parse(step, text);
        return Map.of(key.name(), value);
    }

    private static Map<String, JsonNode> structured(StepSpec step, Action.Model m, String text) {
        JsonNode answer = parse(step, text);
        if (!answer.isObject()) throw new StepFailure("step '" + step.id() + "': the model answered " + ValueType.describe(answer) + ", not a JSON object", true);
        Map<String, JsonNode> out = new LinkedHashMap<>();
        for (StateKey<?> k : step.writes()) {
            JsonNode v = answer.get(k.name());
            if (v == null || v.isNull()) {
                throw new StepFailure("step '" + step.id() + "': the model's answer has no '" + k.name() + "' property", true);
            }
            out.put(k.name(), v);
        }
        return out;
    }

    private static JsonNode parse(StepSpec step, String text) {
        try {
            return Json.MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            // a model that misformats once may not the next time: worth a retry
            throw new StepFailure("step '" + step.id() + "': the model's answer is not valid JSON (" + e.getOriginalMessage() + ")", true);
        }
    }
}
