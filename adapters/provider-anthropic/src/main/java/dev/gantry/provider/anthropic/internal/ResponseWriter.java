package dev.gantry.provider.anthropic.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.gantry.core.chat.ChatMessage;
import dev.gantry.core.chat.ChatResponse;
import dev.gantry.core.chat.Choice;
import dev.gantry.core.chat.ContentPart;
import dev.gantry.core.chat.FinishReason;
import dev.gantry.core.chat.ToolCall;
import java.io.IOException;

/** The internal {@link ChatResponse} as an Anthropic Messages response, for Anthropic-dialect clients. */
public final class ResponseWriter {
    private ResponseWriter() {
    }

    public static byte[] write(ChatResponse response, String requestedModel) {
        Choice choice = response.choices().isEmpty() ? null : response.choices().getFirst();
        ChatMessage message = choice == null ? null : choice.message();
        FinishReason finish = choice == null ? null : choice.finishReason();
        return Json.write(512, gen -> {
            gen.writeStartObject();
            gen.writeStringField("id", messageId(response.id()));
            gen.writeStringField("type", "message");
            gen.writeStringField("role", "assistant");
            gen.writeStringField("model", requestedModel != null ? requestedModel : response.model());
            gen.writeArrayFieldStart("content");
            if (message != null) content(gen, message);
            gen.writeEndArray();
            gen.writeStringField("stop_reason", StopReasons.toStopReason(finish, response.stopSequence()));
            gen.writeStringField("stop_sequence", response.stopSequence());
            gen.writeObjectFieldStart("usage");
            UsageJson.writeFields(gen, response.usage());
            gen.writeEndObject();
            gen.writeEndObject();
        });
    }

    /** Anthropic ids start with msg_; other providers' ids are kept behind that prefix. */
    public static String messageId(String id) {
        if (id == null || id.isEmpty()) return "msg_" + java.util.UUID.randomUUID().toString().replace("-", "");
        return id.startsWith("msg_") ? id : "msg_" + id;
    }

    private static void content(JsonGenerator gen, ChatMessage message) throws IOException {
        for (ContentPart part : message.content()) {
            switch (part) {
                case ContentPart.Thinking th -> thinking(gen, th);
                case ContentPart.Text t -> BlockWriter.text(gen, t);
                case ContentPart.Image i -> BlockWriter.image(gen, i);
            }
        }
        for (ToolCall call : message.toolCalls()) toolUse(gen, call);
    }

    /**
     * Reasoning from any provider is shown as a thinking block; without an Anthropic signature it carries an
     * empty one (the SDKs require the field), which Anthropic would refuse if the client sent it back to it.
     */
    private static void thinking(JsonGenerator gen, ContentPart.Thinking th) throws IOException {
        if (th.redactedData() != null || (th.signature() != null && !th.signature().isEmpty())) {
            BlockWriter.thinking(gen, th);
            return;
        }
        if (th.text() == null || th.text().isEmpty()) return;
        gen.writeStartObject();
        gen.writeStringField("type", "thinking");
        gen.writeStringField("thinking", th.text());
        gen.writeStringField("signature", "");
        gen.writeEndObject();
    }

    /** Arguments that are not a JSON object (a model's broken JSON) are passed on as a JSON string, not lost. */
    private static void toolUse(JsonGenerator gen, ToolCall call) throws IOException {
        gen.writeStartObject();
        gen.writeStringField("type", "tool_use");
        gen.writeStringField("id", call.id() != null ? call.id() : ToolIds.newId());
        gen.writeStringField("name", call.name());
        gen.writeFieldName("input");
        var input = call.arguments() == null || call.arguments().isBlank()
                ? Json.MAPPER.createObjectNode() : Json.parseOrNull(call.arguments());
        if (input != null && input.isObject()) gen.writeTree(input);
        else gen.writeString(call.arguments());
        gen.writeEndObject();
    }
}
