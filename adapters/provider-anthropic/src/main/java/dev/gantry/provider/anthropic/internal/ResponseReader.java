package dev.gantry.provider.anthropic.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gantry.core.chat.ChatMessage;
import dev.gantry.core.chat.ChatResponse;
import dev.gantry.core.chat.Choice;
import dev.gantry.core.chat.ContentPart;
import dev.gantry.core.chat.FinishReason;
import dev.gantry.core.chat.Role;
import dev.gantry.core.chat.ToolCall;
import dev.gantry.core.error.ErrorKind;
import dev.gantry.core.error.GantryException;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** An Anthropic Messages response body to the internal {@link ChatResponse}. */
public final class ResponseReader {
    private ResponseReader() {
    }

    /**
     * @param answerTool the json_schema answer tool's name, or null: its call's input becomes the answer text
     * @throws GantryException MALFORMED_RESPONSE when the body is not a Messages response
     */
    public static ChatResponse read(byte[] body, String answerTool) {
        JsonNode root = parse(body);
        List<ContentPart> parts = new ArrayList<>();
        List<ToolCall> calls = new ArrayList<>();
        String answer = null;
        JsonNode content = root.path("content");
        for (JsonNode block : content) {
            switch (block.path("type").asText()) {
                case "text" -> parts.add(new ContentPart.Text(block.path("text").asText()));
                case "thinking" -> parts.add(new ContentPart.Thinking(block.path("thinking").asText(),
                        Json.text(block, "signature"), null));
                case "redacted_thinking" -> parts.add(new ContentPart.Thinking(null, null, Json.text(block, "data")));
                case "tool_use" -> {
                    ToolCall call = new ToolCall(Json.text(block, "id"), Json.text(block, "name"),
                            BlockReader.jsonText(block.path("input")));
                    if (call.name() != null && call.name().equals(answerTool)) answer = call.arguments();
                    else calls.add(call);
                }
                default -> { } // server-tool blocks cannot occur: the request side sends no server tools
            }
        }
        String stopSequence = Json.text(root, "stop_sequence");
        FinishReason finish = StopReasons.toFinish(Json.text(root, "stop_reason"));
        if (answer != null) {
            // the structured answer replaces any preamble text, so the client gets parseable JSON only
            parts.removeIf(p -> p instanceof ContentPart.Text);
            parts.add(new ContentPart.Text(answer));
            if (finish == FinishReason.TOOL_CALLS && calls.isEmpty()) finish = FinishReason.STOP;
        }
        ChatMessage message = new ChatMessage(Role.ASSISTANT, parts, calls, null, null, false);
        return new ChatResponse(Json.text(root, "id"), Json.text(root, "model"), Instant.now().getEpochSecond(),
                List.of(new Choice(0, message, finish, null)), UsageJson.read(root.get("usage")), null, stopSequence);
    }

    private static JsonNode parse(byte[] body) {
        try {
            JsonNode root = Json.MAPPER.readTree(body);
            if (root != null && root.isObject() && root.path("content").isArray()) return root;
        } catch (IOException e) {
            throw malformed(e);
        }
        throw malformed(null);
    }

    private static GantryException malformed(Throwable cause) {
        return new GantryException(ErrorKind.MALFORMED_RESPONSE,
                "the upstream answer is not an Anthropic Messages response (a JSON object with a content array)", cause);
    }
}
