package dev.gantry.testkit.reference;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gantry.core.chat.ChatChunk;
import dev.gantry.core.chat.ChatMessage;
import dev.gantry.core.chat.ChatRequest;
import dev.gantry.core.chat.ChatResponse;
import dev.gantry.core.chat.Choice;
import dev.gantry.core.chat.ChoiceDelta;
import dev.gantry.core.chat.ContentPart;
import dev.gantry.core.chat.FinishReason;
import dev.gantry.core.chat.Role;
import dev.gantry.core.chat.ToolCall;
import dev.gantry.core.chat.ToolCallDelta;
import dev.gantry.core.chat.ToolSpec;
import dev.gantry.core.chat.Usage;
import java.util.ArrayList;
import java.util.List;

/** OpenAI wire mapping of the reference adapter: the minimum the chat contract exercises. */
final class ReferenceOpenAiCodec {
    private ReferenceOpenAiCodec() {
    }

    static ObjectNode request(ChatRequest r) {
        ObjectNode body = ReferenceHttp.MAPPER.createObjectNode().put("model", r.model());
        ArrayNode messages = body.putArray("messages");
        for (ChatMessage m : r.messages()) messages.addObject().put("role", m.role().wire()).put("content", m.text());
        if (r.temperature() != null) body.put("temperature", r.temperature());
        if (r.maxTokens() != null) body.put("max_tokens", r.maxTokens());
        for (ToolSpec t : r.tools()) {
            ObjectNode function = body.withArray("tools").addObject().put("type", "function").putObject("function");
            function.put("name", t.name()).set("parameters", ReferenceHttp.MAPPER.valueToTree(t.parameters()));
        }
        if (r.stream()) {
            body.put("stream", true);
            if (r.includeUsage()) body.putObject("stream_options").put("include_usage", true);
        }
        return body;
    }

    static ChatResponse response(JsonNode body) {
        List<Choice> choices = new ArrayList<>();
        for (JsonNode c : body.path("choices")) {
            choices.add(new Choice(c.path("index").asInt(), message(c.path("message")),
                    FinishReason.fromWire(c.path("finish_reason").asText(null)), null));
        }
        return new ChatResponse(body.path("id").asText(null), body.path("model").asText(null),
                body.path("created").asLong(), choices, usage(body.path("usage")), null, null);
    }

    private static ChatMessage message(JsonNode m) {
        List<ContentPart> parts = new ArrayList<>();
        if (m.hasNonNull("reasoning_content")) parts.add(new ContentPart.Thinking(m.get("reasoning_content").asText(), null, null));
        if (m.hasNonNull("content")) parts.add(new ContentPart.Text(m.get("content").asText()));
        List<ToolCall> calls = new ArrayList<>();
        for (JsonNode c : m.path("tool_calls")) {
            calls.add(new ToolCall(c.path("id").asText(), c.at("/function/name").asText(), c.at("/function/arguments").asText()));
        }
        return new ChatMessage(Role.ASSISTANT, parts, calls, null, null, false);
    }

    static Usage usage(JsonNode u) {
        if (u.isMissingNode() || u.isNull()) return null;
        return new Usage(u.path("prompt_tokens").asLong(), u.path("completion_tokens").asLong(),
                u.at("/prompt_tokens_details/cached_tokens").asLong(), 0,
                u.at("/completion_tokens_details/reasoning_tokens").asLong());
    }

    static ChatChunk chunk(JsonNode c) {
        List<ChoiceDelta> deltas = new ArrayList<>();
        for (JsonNode choice : c.path("choices")) {
            JsonNode d = choice.path("delta");
            deltas.add(new ChoiceDelta(choice.path("index").asInt(), d.has("role") ? Role.fromWire(d.get("role").asText()) : null,
                    d.path("content").asText(null), d.path("reasoning_content").asText(null), null, toolDeltas(d),
                    FinishReason.fromWire(choice.path("finish_reason").asText(null)), null));
        }
        return new ChatChunk(c.path("id").asText(null), c.path("model").asText(null), c.path("created").asLong(), deltas,
                usage(c.path("usage")), null);
    }

    private static List<ToolCallDelta> toolDeltas(JsonNode delta) {
        List<ToolCallDelta> out = new ArrayList<>();
        for (JsonNode t : delta.path("tool_calls")) {
            out.add(new ToolCallDelta(t.path("index").asInt(), t.path("id").asText(null), t.at("/function/name").asText(null),
                    t.at("/function/arguments").asText(null)));
        }
        return out;
    }
}
