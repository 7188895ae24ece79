package dev.gantry.provider.openai.internal;

import static dev.gantry.provider.openai.internal.ChatResponseCodec.text;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import dev.gantry.core.chat.ChatChunk;
import dev.gantry.core.chat.ChoiceDelta;
import dev.gantry.core.chat.FinishReason;
import dev.gantry.core.chat.Role;
import dev.gantry.core.chat.ToolCallDelta;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** chat.completion.chunk events both ways; the writer emits the whole SSE frame. */
public final class ChunkCodec {
    private static final byte[] DATA = "data: ".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] END = "\n\n".getBytes(StandardCharsets.US_ASCII);

    private ChunkCodec() {
    }

    public static ChatChunk read(JsonNode root) {
        JsonNode arr = root.path("choices");
        List<ChoiceDelta> deltas = new ArrayList<>(arr.size());
        for (int i = 0; i < arr.size(); i++) deltas.add(delta(arr.get(i), i));
        return new ChatChunk(text(root, "id"), text(root, "model"), root.path("created").asLong(0), deltas,
                UsageCodec.read(root.get("usage")), text(root, "system_fingerprint"));
    }

    private static ChoiceDelta delta(JsonNode c, int position) {
        JsonNode d = c.path("delta");
        String role = text(d, "role");
        return new ChoiceDelta(c.path("index").asInt(position), role == null ? null : role(role), text(d, "content"),
                ChatResponseCodec.reasoning(d), null, toolCallDeltas(d.get("tool_calls")),
                FinishReason.fromWire(text(c, "finish_reason")), Json.plain(c.get("logprobs")));
    }

    /** Upstreams only ever stream assistant deltas; an odd role value is not worth failing a stream for. */
    private static Role role(String wire) {
        try {
            return Role.fromWire(wire);
        } catch (IllegalArgumentException e) {
            return Role.ASSISTANT;
        }
    }

    private static List<ToolCallDelta> toolCallDeltas(JsonNode arr) {
        if (arr == null || !arr.isArray() || arr.isEmpty()) return List.of();
        List<ToolCallDelta> out = new ArrayList<>(arr.size());
        for (int i = 0; i < arr.size(); i++) {
            JsonNode t = arr.get(i);
            JsonNode fn = t.path("function");
            out.add(new ToolCallDelta(t.path("index").asInt(i), text(t, "id"), text(fn, "name"),
                    ChatResponseCodec.arguments(fn.get("arguments"))));
        }
        return out;
    }

    /** The complete SSE frame {@code data: {...}\n\n}. */
    public static byte[] writeEvent(ChatChunk c) {
        return frame(g -> write(g, c));
    }

    static byte[] frame(Json.Writer body) {
        return Json.write(DATA, body, END);
    }

    private static void write(JsonGenerator g, ChatChunk c) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", c.id());
        g.writeStringField("object", "chat.completion.chunk");
        g.writeNumberField("created", c.created());
        g.writeStringField("model", c.model());
        Gen.str(g, "system_fingerprint", c.systemFingerprint());
        g.writeArrayFieldStart("choices");
        for (ChoiceDelta d : c.choices()) writeDelta(g, d);
        g.writeEndArray();
        if (c.usage() != null) UsageCodec.write(g, c.usage());
        g.writeEndObject();
    }

    private static void writeDelta(JsonGenerator g, ChoiceDelta d) throws IOException {
        g.writeStartObject();
        g.writeNumberField("index", d.index());
        g.writeObjectFieldStart("delta");
        if (d.role() != null) g.writeStringField("role", d.role().wire());
        Gen.str(g, "content", d.content());
        Gen.str(g, "reasoning_content", d.reasoning());
        if (!d.toolCalls().isEmpty()) writeToolCallDeltas(g, d.toolCalls());
        g.writeEndObject();
        Gen.obj(g, "logprobs", d.logprobs());
        g.writeStringField("finish_reason", d.finishReason() == null ? null : d.finishReason().wire());
        g.writeEndObject();
    }

    private static void writeToolCallDeltas(JsonGenerator g, List<ToolCallDelta> calls) throws IOException {
        g.writeArrayFieldStart("tool_calls");
        for (ToolCallDelta t : calls) {
            g.writeStartObject();
            g.writeNumberField("index", t.index());
            if (t.id() != null) {
                g.writeStringField("id", t.id());
                g.writeStringField("type", "function");
            }
            g.writeObjectFieldStart("function");
            Gen.str(g, "name", t.name());
            Gen.str(g, "arguments", t.arguments());
            g.writeEndObject();
            g.writeEndObject();
        }
        g.writeEndArray();
    }
}
