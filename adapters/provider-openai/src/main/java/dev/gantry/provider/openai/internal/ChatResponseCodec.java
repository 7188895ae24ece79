package dev.gantry.provider.openai.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import dev.gantry.core.chat.ChatMessage;
import dev.gantry.core.chat.ChatResponse;
import dev.gantry.core.chat.Choice;
import dev.gantry.core.chat.ContentPart;
import dev.gantry.core.chat.FinishReason;
import dev.gantry.core.chat.Role;
import dev.gantry.core.chat.ToolCall;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * chat.completion bodies both ways. Reading is lenient (upstreams differ in what they omit); reasoning
 * comes from {@code reasoning_content} or {@code reasoning} and becomes a leading Thinking part.
 */
public final class ChatResponseCodec {
    private ChatResponseCodec() {
    }

    public static ChatResponse read(JsonNode root) {
        JsonNode arr = root.path("choices");
        List<Choice> choices = new ArrayList<>(arr.size());
        for (int i = 0; i < arr.size(); i++) choices.add(choice(arr.get(i), i));
        return new ChatResponse(text(root, "id"), text(root, "model"), root.path("created").asLong(0), choices,
                UsageCodec.read(root.get("usage")), text(root, "system_fingerprint"), null);
    }

    private static Choice choice(JsonNode c, int position) {
        return new Choice(c.path("index").asInt(position), message(c.path("message")),
                FinishReason.fromWire(text(c, "finish_reason")), Json.plain(c.get("logprobs")));
    }

    private static ChatMessage message(JsonNode m) {
        List<ContentPart> content = new ArrayList<>(2);
        String reasoning = reasoning(m);
        if (reasoning != null) content.add(new ContentPart.Thinking(reasoning, null, null));
        String text = contentText(m.get("content"));
        if (text == null) text = text(m, "refusal"); // keep a refusal visible rather than answer nothing
        if (text != null) content.add(new ContentPart.Text(text));
        return new ChatMessage(Role.ASSISTANT, content, toolCalls(m.get("tool_calls")), null, null, false);
    }

    static String reasoning(JsonNode m) {
        String r = text(m, "reasoning_content");
        return r != null ? r : text(m, "reasoning");
    }

    /** content as a string, or (Mistral and some proxies) an array of text parts joined. */
    private static String contentText(JsonNode c) {
        if (c == null || c.isNull()) return null;
        if (!c.isArray()) return c.asText();
        StringBuilder sb = new StringBuilder();
        for (JsonNode p : c) {
            if (p.isTextual()) sb.append(p.textValue());
            else if ("text".equals(p.path("type").asText())) sb.append(p.path("text").asText());
        }
        return sb.toString();
    }

    private static List<ToolCall> toolCalls(JsonNode arr) {
        if (arr == null || !arr.isArray() || arr.isEmpty()) return List.of();
        List<ToolCall> calls = new ArrayList<>(arr.size());
        for (JsonNode c : arr) {
            JsonNode fn = c.path("function");
            calls.add(new ToolCall(text(c, "id"), text(fn, "name"), arguments(fn.get("arguments"))));
        }
        return calls;
    }

    /** Arguments are JSON text; a server that sends an object instead gets it serialised. */
    static String arguments(JsonNode a) {
        if (a == null || a.isNull()) return null;
        return a.isTextual() ? a.textValue() : a.toString();
    }

    static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    public static byte[] write(ChatResponse r) {
        return Json.write(g -> write(g, r));
    }

    private static void write(JsonGenerator g, ChatResponse r) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", r.id());
        g.writeStringField("object", "chat.completion");
        g.writeNumberField("created", r.created());
        g.writeStringField("model", r.model());
        g.writeArrayFieldStart("choices");
        for (Choice c : r.choices()) {
            g.writeStartObject();
            g.writeNumberField("index", c.index());
            g.writeFieldName("message");
            MessageWriter.writeResponseMessage(g, c.message());
            g.writeObjectField("logprobs", c.logprobs());
            g.writeStringField("finish_reason", c.finishReason() == null ? null : c.finishReason().wire());
            g.writeEndObject();
        }
        g.writeEndArray();
        UsageCodec.write(g, r.usage());
        Gen.str(g, "system_fingerprint", r.systemFingerprint());
        g.writeEndObject();
    }
}
