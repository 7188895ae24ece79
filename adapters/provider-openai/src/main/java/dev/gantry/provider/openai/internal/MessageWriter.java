package dev.gantry.provider.openai.internal;

import static dev.gantry.provider.openai.internal.Gen.obj;
import static dev.gantry.provider.openai.internal.Gen.str;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.gantry.core.chat.ChatMessage;
import dev.gantry.core.chat.ContentPart;
import dev.gantry.core.chat.Role;
import dev.gantry.core.chat.ToolCall;
import java.io.IOException;
import java.util.List;

/**
 * Messages in the OpenAI shape. Content is a plain string when it is one uncached text part (what
 * clients send most), else an array of parts. Reasoning goes to {@code reasoning_content} (vLLM, DeepSeek,
 * SGLang); Anthropic thinking with a signature or redacted data is dropped, since no OpenAI-dialect server
 * can verify it and some reject unknown fields.
 */
final class MessageWriter {
    private MessageWriter() {
    }

    static void writeRequestMessage(JsonGenerator g, ChatMessage m) throws IOException {
        g.writeStartObject();
        g.writeStringField("role", m.role().wire());
        g.writeFieldName("content");
        requestContent(g, m);
        str(g, "name", m.name());
        toolCalls(g, m.toolCalls());
        str(g, "tool_call_id", m.toolCallId());
        if (m.role() == Role.ASSISTANT) str(g, "reasoning_content", reasoning(m.content()));
        g.writeEndObject();
    }

    /** A response message: content is always a string (or null), as clients of chat completions expect. */
    static void writeResponseMessage(JsonGenerator g, ChatMessage m) throws IOException {
        g.writeStartObject();
        g.writeStringField("role", m.role() == null ? "assistant" : m.role().wire());
        g.writeStringField("content", m.text());
        str(g, "reasoning_content", reasoning(m.content()));
        toolCalls(g, m.toolCalls());
        g.writeEndObject();
    }

    private static void requestContent(JsonGenerator g, ChatMessage m) throws IOException {
        int parts = 0;
        ContentPart only = null;
        for (ContentPart p : m.content()) {
            if (p instanceof ContentPart.Thinking) continue;
            parts++;
            only = p;
        }
        if (parts == 0) {
            if (m.role() == Role.ASSISTANT) g.writeNull();
            else g.writeString("");
        } else if (parts == 1 && only instanceof ContentPart.Text t && t.cacheControl() == null) {
            g.writeString(t.text());
        } else {
            g.writeStartArray();
            for (ContentPart p : m.content()) part(g, p);
            g.writeEndArray();
        }
    }

    private static void part(JsonGenerator g, ContentPart p) throws IOException {
        switch (p) {
            case ContentPart.Text t -> {
                g.writeStartObject();
                g.writeStringField("type", "text");
                g.writeStringField("text", t.text());
                obj(g, "cache_control", t.cacheControl());
                g.writeEndObject();
            }
            case ContentPart.Image i -> {
                g.writeStartObject();
                g.writeStringField("type", "image_url");
                g.writeObjectFieldStart("image_url");
                g.writeStringField("url", i.url() != null ? i.url()
                        : "data:" + i.mediaType() + ";base64," + i.base64Data());
                str(g, "detail", i.detail());
                g.writeEndObject();
                obj(g, "cache_control", i.cacheControl());
                g.writeEndObject();
            }
            case ContentPart.Thinking ignored -> {
                // written as the message's reasoning_content, not as a part
            }
        }
    }

    private static void toolCalls(JsonGenerator g, List<ToolCall> calls) throws IOException {
        if (calls.isEmpty()) return;
        g.writeArrayFieldStart("tool_calls");
        for (ToolCall c : calls) {
            g.writeStartObject();
            g.writeStringField("id", c.id());
            g.writeStringField("type", "function");
            g.writeObjectFieldStart("function");
            g.writeStringField("name", c.name());
            g.writeStringField("arguments", c.arguments() == null ? "{}" : c.arguments());
            g.writeEndObject();
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    /** Plain (unsigned) thinking text joined, or null when there is none. */
    static String reasoning(List<ContentPart> content) {
        StringBuilder sb = null;
        for (ContentPart p : content) {
            if (p instanceof ContentPart.Thinking t && t.signature() == null && t.redactedData() == null
                    && t.text() != null) {
                if (sb == null) sb = new StringBuilder();
                sb.append(t.text());
            }
        }
        return sb == null ? null : sb.toString();
    }
}
