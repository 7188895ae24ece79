package dev.gantry.provider.anthropic.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import dev.gantry.core.chat.ChatMessage;
import dev.gantry.core.chat.ContentPart;
import dev.gantry.core.chat.ToolCall;
import dev.gantry.core.error.GantryException;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/** Writes internal content parts and tool calls as Anthropic content blocks. */
final class BlockWriter {
    private BlockWriter() {
    }

    /** True when the parts can be sent as a plain string: one text part, no cache marker. */
    static boolean isPlainText(List<ContentPart> parts) {
        return parts.size() == 1 && parts.getFirst() instanceof ContentPart.Text t && t.cacheControl() == null;
    }

    static void parts(JsonGenerator gen, List<ContentPart> parts) throws IOException {
        for (ContentPart part : parts) {
            switch (part) {
                case ContentPart.Text t -> text(gen, t);
                case ContentPart.Image i -> image(gen, i);
                case ContentPart.Thinking th -> thinking(gen, th);
            }
        }
    }

    static void text(JsonGenerator gen, ContentPart.Text t) throws IOException {
        // Anthropic rejects empty text blocks; OpenAI clients send "" next to tool calls
        if (t.text() == null || t.text().isEmpty()) return;
        gen.writeStartObject();
        gen.writeStringField("type", "text");
        gen.writeStringField("text", t.text());
        cacheControl(gen, t.cacheControl());
        gen.writeEndObject();
    }

    static void image(JsonGenerator gen, ContentPart.Image image) throws IOException {
        gen.writeStartObject();
        gen.writeStringField("type", "image");
        gen.writeObjectFieldStart("source");
        if (image.base64Data() != null) {
            base64Source(gen, image.mediaType(), image.base64Data());
        } else if (image.url() != null && image.url().startsWith("data:")) {
            dataUrlSource(gen, image.url());
        } else {
            gen.writeStringField("type", "url");
            gen.writeStringField("url", image.url());
        }
        gen.writeEndObject();
        cacheControl(gen, image.cacheControl());
        gen.writeEndObject();
    }

    private static void base64Source(JsonGenerator gen, String mediaType, String data) throws IOException {
        gen.writeStringField("type", "base64");
        gen.writeStringField("media_type", mediaType);
        gen.writeStringField("data", data);
    }

    /** OpenAI clients inline images as data URLs; Anthropic wants media type and data apart. */
    private static void dataUrlSource(JsonGenerator gen, String url) throws IOException {
        int comma = url.indexOf(',');
        String header = comma < 0 ? "" : url.substring(5, comma);
        if (!header.endsWith(";base64")) {
            throw GantryException.invalid("image_url", "an inline image must be a base64 data URL such as "
                    + "data:image/png;base64,iVBOR...; other data URLs cannot be sent to Anthropic");
        }
        base64Source(gen, header.substring(0, header.length() - ";base64".length()), url.substring(comma + 1));
    }

    /** Unsigned reasoning (from other providers) is dropped: Anthropic rejects thinking without a signature. */
    static void thinking(JsonGenerator gen, ContentPart.Thinking th) throws IOException {
        if (th.redactedData() != null) {
            gen.writeStartObject();
            gen.writeStringField("type", "redacted_thinking");
            gen.writeStringField("data", th.redactedData());
            gen.writeEndObject();
        } else if (th.signature() != null && !th.signature().isEmpty()) {
            gen.writeStartObject();
            gen.writeStringField("type", "thinking");
            gen.writeStringField("thinking", th.text() == null ? "" : th.text());
            gen.writeStringField("signature", th.signature());
            gen.writeEndObject();
        }
    }

    static void toolUse(JsonGenerator gen, ToolCall call) throws IOException {
        gen.writeStartObject();
        gen.writeStringField("type", "tool_use");
        gen.writeStringField("id", call.id());
        gen.writeStringField("name", call.name());
        gen.writeFieldName("input");
        gen.writeTree(toolInput(call));
        gen.writeEndObject();
    }

    private static JsonNode toolInput(ToolCall call) {
        if (call.arguments() == null || call.arguments().isBlank()) return Json.MAPPER.createObjectNode();
        JsonNode input = Json.parseOrNull(call.arguments());
        if (input == null || !input.isObject()) {
            throw GantryException.invalid("tool_calls", "tool call '" + call.id() + "' has arguments that are not"
                    + " a JSON object; Anthropic needs an object as tool input, so fix or drop that call");
        }
        return input;
    }

    /**
     * A TOOL message as a tool_result block. One text part is sent as a string with its cache marker on the
     * block (where Anthropic's own clients put it); anything else as blocks.
     */
    static void toolResult(JsonGenerator gen, ChatMessage tool) throws IOException {
        gen.writeStartObject();
        gen.writeStringField("type", "tool_result");
        gen.writeStringField("tool_use_id", tool.toolCallId());
        List<ContentPart> parts = tool.content();
        Map<String, Object> blockCache = null;
        if (parts.size() == 1 && parts.getFirst() instanceof ContentPart.Text t) {
            if (t.text() != null && !t.text().isEmpty()) gen.writeStringField("content", t.text());
            blockCache = t.cacheControl();
        } else if (!parts.isEmpty()) {
            gen.writeArrayFieldStart("content");
            parts(gen, parts);
            gen.writeEndArray();
        }
        if (tool.isError()) gen.writeBooleanField("is_error", true);
        cacheControl(gen, blockCache);
        gen.writeEndObject();
    }

    static void cacheControl(JsonGenerator gen, Map<String, Object> cacheControl) throws IOException {
        if (cacheControl == null) return;
        gen.writeFieldName("cache_control");
        gen.writeObject(cacheControl);
    }
}
