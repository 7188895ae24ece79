package dev.gantry.provider.anthropic.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.gantry.core.chat.ChatRequest;
import dev.gantry.core.chat.ResponseFormat;
import dev.gantry.core.chat.ToolChoice;
import dev.gantry.core.chat.ToolSpec;
import java.io.IOException;
import java.util.Map;

/** Outbound {@code tools} and {@code tool_choice}, the json_schema answer tool included. */
final class ToolWriter {
    private static final Map<String, Object> EMPTY_SCHEMA = Map.of("type", "object", "properties", Map.of());

    private ToolWriter() {
    }

    /** The answer tool is forced when nothing else competes and thinking (which forbids forcing) is off. */
    static boolean forcesAnswerTool(ChatRequest request) {
        return request.tools().isEmpty() && AnswerTool.canForce(request);
    }

    static void tools(JsonGenerator gen, ChatRequest request, String answerTool) throws IOException {
        if (request.tools().isEmpty() && answerTool == null) return;
        gen.writeArrayFieldStart("tools");
        for (ToolSpec tool : request.tools()) {
            // strict is not sent: without Anthropic's structured-outputs beta it is an unknown field there
            tool(gen, tool.name(), tool.description(), tool.parameters(), tool.cacheControl());
        }
        if (answerTool != null) {
            ResponseFormat format = request.responseFormat();
            tool(gen, answerTool, format.description(), format.schema(), null);
        }
        gen.writeEndArray();
        toolChoice(gen, request, answerTool);
    }

    private static void tool(JsonGenerator gen, String name, String description, Map<String, Object> schema,
                             Map<String, Object> cacheControl) throws IOException {
        gen.writeStartObject();
        gen.writeStringField("name", name);
        if (description != null) gen.writeStringField("description", description);
        gen.writeFieldName("input_schema");
        gen.writeObject(schema == null ? EMPTY_SCHEMA : schema);
        BlockWriter.cacheControl(gen, cacheControl);
        gen.writeEndObject();
    }

    private static void toolChoice(JsonGenerator gen, ChatRequest request, String answerTool) throws IOException {
        String type;
        String name = null;
        if (answerTool != null) {
            boolean force = AnswerTool.canForce(request);
            type = !force ? "auto" : request.tools().isEmpty() ? "tool" : "any";
            if (type.equals("tool")) name = answerTool;
        } else if (request.toolChoice() != null) {
            ToolChoice choice = request.toolChoice();
            type = switch (choice.mode()) {
                case AUTO -> "auto";
                case NONE -> "none";
                case REQUIRED -> "any";
                case FUNCTION -> "tool";
            };
            name = choice.functionName();
        } else if (Boolean.FALSE.equals(request.parallelToolCalls())) {
            type = "auto";
        } else {
            return;
        }
        gen.writeObjectFieldStart("tool_choice");
        gen.writeStringField("type", type);
        if (type.equals("tool")) gen.writeStringField("name", name);
        if (request.parallelToolCalls() != null && !type.equals("none")) {
            gen.writeBooleanField("disable_parallel_tool_use", !request.parallelToolCalls());
        }
        gen.writeEndObject();
    }
}
