package dev.gantry.provider.anthropic.internal;

import dev.gantry.core.chat.Usage;
import dev.gantry.core.error.GantryException;

/** The bodies of Anthropic's stream events, written in the shape the official SDKs validate. */
public final class StreamEvents {
    private StreamEvents() {
    }

    public static void messageStart(SseWriter out, String id, String model, Usage usage) {
        out.event("message_start", gen -> {
            gen.writeStartObject();
            gen.writeStringField("type", "message_start");
            gen.writeObjectFieldStart("message");
            gen.writeStringField("id", ResponseWriter.messageId(id));
            gen.writeStringField("type", "message");
            gen.writeStringField("role", "assistant");
            gen.writeStringField("model", model);
            gen.writeArrayFieldStart("content");
            gen.writeEndArray();
            gen.writeNullField("stop_reason");
            gen.writeNullField("stop_sequence");
            gen.writeObjectFieldStart("usage");
            UsageJson.writeFields(gen, usage);
            gen.writeEndObject();
            gen.writeEndObject();
            gen.writeEndObject();
        });
    }

    /** Empty text and thinking blocks; a tool_use block with its id, name and an empty input. */
    public static void blockStart(SseWriter out, int index, String type, String toolId, String toolName) {
        out.event("content_block_start", gen -> {
            gen.writeStartObject();
            gen.writeStringField("type", "content_block_start");
            gen.writeNumberField("index", index);
            gen.writeObjectFieldStart("content_block");
            gen.writeStringField("type", type);
            switch (type) {
                case "text" -> gen.writeStringField("text", "");
                case "thinking" -> {
                    gen.writeStringField("thinking", "");
                    gen.writeStringField("signature", ""); // the SDKs require the field; the delta fills it
                }
                default -> { // a call that came without id or name still needs them in Anthropic's shape
                    gen.writeStringField("id", toolId != null ? toolId : ToolIds.newId());
                    gen.writeStringField("name", toolName != null ? toolName : "");
                    gen.writeObjectFieldStart("input");
                    gen.writeEndObject();
                }
            }
            gen.writeEndObject();
            gen.writeEndObject();
        });
    }

    public static void blockDelta(SseWriter out, int index, String deltaType, String field, String value) {
        out.event("content_block_delta", gen -> {
            gen.writeStartObject();
            gen.writeStringField("type", "content_block_delta");
            gen.writeNumberField("index", index);
            gen.writeObjectFieldStart("delta");
            gen.writeStringField("type", deltaType);
            gen.writeStringField(field, value);
            gen.writeEndObject();
            gen.writeEndObject();
        });
    }

    public static void blockStop(SseWriter out, int index) {
        out.event("content_block_stop", gen -> {
            gen.writeStartObject();
            gen.writeStringField("type", "content_block_stop");
            gen.writeNumberField("index", index);
            gen.writeEndObject();
        });
    }

    /** message_delta (stop reason, cumulative usage) followed by message_stop. */
    public static void messageEnd(SseWriter out, String stopReason, Usage usage) {
        out.event("message_delta", gen -> {
            gen.writeStartObject();
            gen.writeStringField("type", "message_delta");
            gen.writeObjectFieldStart("delta");
            gen.writeStringField("stop_reason", stopReason);
            gen.writeNullField("stop_sequence");
            gen.writeEndObject();
            gen.writeObjectFieldStart("usage");
            UsageJson.writeFields(gen, usage);
            gen.writeEndObject();
            gen.writeEndObject();
        });
        out.event("message_stop", gen -> {
            gen.writeStartObject();
            gen.writeStringField("type", "message_stop");
            gen.writeEndObject();
        });
    }

    public static void error(SseWriter out, GantryException error, String errorType) {
        out.event("error", gen -> ErrorJson.write(gen, error, errorType));
    }
}
