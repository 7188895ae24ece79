package dev.gantry.provider.anthropic.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.gantry.core.chat.ChatRequest;
import dev.gantry.core.chat.ResponseFormat;
import dev.gantry.core.error.GantryException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The internal {@link ChatRequest} as an Anthropic Messages request body (see AnthropicCodec for what is lost). */
public final class RequestWriter {
    static final String JSON_OBJECT_NOTE =
            "Respond with one valid JSON object and nothing else: no prose, no code fences.";

    private RequestWriter() {
    }

    public static byte[] write(ChatRequest request, int defaultMaxTokens) {
        if (request.n() != null && request.n() > 1) {
            throw GantryException.invalid("n", "n > 1 is not supported by Anthropic; send n = 1 (or leave it out)"
                    + " and repeat the request for more answers");
        }
        int maxTokens = request.maxTokens() != null ? request.maxTokens() : defaultMaxTokens;
        String answerTool = AnswerTool.name(request);
        return Json.write(1024, gen -> {
            gen.writeStartObject();
            gen.writeStringField("model", request.model());
            gen.writeNumberField("max_tokens", maxTokens);
            MessageWriter.system(gen, request.messages(), notes(request, answerTool));
            MessageWriter.messages(gen, request.messages());
            ToolWriter.tools(gen, request, answerTool);
            sampling(gen, request);
            thinking(gen, request, maxTokens);
            metadata(gen, request);
            if (request.stream()) gen.writeBooleanField("stream", true);
            gen.writeEndObject();
        });
    }

    private static List<String> notes(ChatRequest request, String answerTool) {
        List<String> notes = new ArrayList<>(1);
        ResponseFormat format = request.responseFormat();
        if (format != null && format.type() == ResponseFormat.Type.JSON_OBJECT) notes.add(JSON_OBJECT_NOTE);
        if (answerTool != null && !ToolWriter.forcesAnswerTool(request)) {
            notes.add("Give your final answer by calling the tool '" + answerTool + "'.");
        }
        return notes;
    }

    private static void sampling(JsonGenerator gen, ChatRequest request) throws IOException {
        if (!request.stop().isEmpty()) {
            gen.writeArrayFieldStart("stop_sequences");
            for (String s : request.stop()) gen.writeString(s);
            gen.writeEndArray();
        }
        if (request.temperature() != null) gen.writeNumberField("temperature", request.temperature());
        if (request.topP() != null) gen.writeNumberField("top_p", request.topP());
        if (request.topK() != null) gen.writeNumberField("top_k", request.topK());
    }

    private static void thinking(JsonGenerator gen, ChatRequest request, int maxTokens) throws IOException {
        Map<String, Object> thinking = request.thinking() != null
                ? request.thinking()
                : ReasoningEffort.toThinking(request.reasoningEffort(), maxTokens);
        if (thinking == null) return;
        gen.writeFieldName("thinking");
        gen.writeObject(thinking);
    }

    /** Anthropic's metadata knows only user_id (it rejects other keys); OpenAI's user fills it when absent. */
    private static void metadata(JsonGenerator gen, ChatRequest request) throws IOException {
        Object userId = request.metadata() == null ? null : request.metadata().get("user_id");
        if (!(userId instanceof String)) userId = request.user();
        if (userId == null) return;
        gen.writeObjectFieldStart("metadata");
        gen.writeStringField("user_id", (String) userId);
        gen.writeEndObject();
    }
}
