package dev.gantry.provider.anthropic.internal;

import dev.gantry.core.chat.ChatRequest;
import dev.gantry.core.chat.ResponseFormat;
import java.util.Map;

/**
 * Structured output for Anthropic: a {@code json_schema} response format becomes a tool named after the
 * schema whose input_schema is the schema; the model is made to call it and the call's input is handed
 * back as the answer text (the reverse side lives in the response reader and the stream decoder).
 */
public final class AnswerTool {
    /** Used when the response format names no schema. */
    public static final String DEFAULT_NAME = "json_response";

    private AnswerTool() {
    }

    /** The answer tool's name for this request, or null when the request asks for no JSON schema. */
    public static String name(ChatRequest request) {
        ResponseFormat format = request.responseFormat();
        if (format == null || format.type() != ResponseFormat.Type.JSON_SCHEMA) return null;
        return format.name() == null || format.name().isBlank() ? DEFAULT_NAME : format.name();
    }

    /** Extended thinking only allows tool_choice auto or none, so the tool cannot be forced then. */
    static boolean canForce(ChatRequest request) {
        Map<String, Object> thinking = request.thinking();
        return thinking == null || !"enabled".equals(thinking.get("type"));
    }
}
