package dev.gantry.provider.gemini.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gantry.core.chat.Choice;
import dev.gantry.core.chat.ChatMessage;
import dev.gantry.core.chat.ContentPart;
import dev.gantry.core.chat.FinishReason;
import dev.gantry.core.chat.Role;
import dev.gantry.core.chat.ToolCall;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads one whole candidate into a {@link Choice}: thinking first (as Anthropic orders it), then the text
 * parts joined, then any generated images; function calls become tool calls.
 *
 * <p>A thoughtSignature closes the thinking read so far into one signed Thinking part, whether Gemini put
 * it on a thought part or on the text/functionCall part that follows the thoughts (a signed Thinking with
 * empty text when there was no thought text). {@link GeminiContents} sends these signatures back.
 */
public final class GeminiCandidate {
    private final List<ContentPart> thinking = new ArrayList<>();
    private final List<ContentPart> images = new ArrayList<>();
    private final List<ToolCall> calls = new ArrayList<>();
    private StringBuilder thoughts;
    private StringBuilder text;

    private GeminiCandidate() {
    }

    public static Choice read(JsonNode candidate, int position) {
        GeminiCandidate c = new GeminiCandidate();
        for (JsonNode part : candidate.path("content").path("parts")) c.add(part);
        return c.toChoice(candidate, position);
    }

    /** "call_" + the call's position in its candidate when Gemini gives no id: stable across retries. */
    public static ToolCall toolCall(JsonNode functionCall, int position) {
        String id = GeminiJson.text(functionCall, "id");
        JsonNode args = functionCall.get("args");
        return new ToolCall(id != null ? id : "call_" + position, GeminiJson.text(functionCall, "name"),
                args == null || args.isNull() ? "{}" : args.toString());
    }

    private void add(JsonNode part) {
        String signature = GeminiJson.text(part, "thoughtSignature");
        if (part.path("thought").asBoolean(false)) {
            thoughts = append(thoughts, part.path("text").asText(""));
            if (signature != null) closeThinking(signature);
            return;
        }
        if (signature != null) closeThinking(signature);
        if (part.has("text")) {
            text = append(text, part.get("text").asText());
        } else if (part.has("functionCall")) {
            calls.add(toolCall(part.get("functionCall"), calls.size()));
        } else if (part.has("inlineData")) {
            JsonNode data = part.get("inlineData");
            images.add(ContentPart.Image.ofBase64(GeminiJson.text(data, "mimeType"), GeminiJson.text(data, "data")));
        }
    }

    private void closeThinking(String signature) {
        thinking.add(new ContentPart.Thinking(thoughts == null ? "" : thoughts.toString(), signature, null));
        thoughts = null;
    }

    private static StringBuilder append(StringBuilder sb, String s) {
        return sb == null ? new StringBuilder(s) : sb.append(s);
    }

    private Choice toChoice(JsonNode candidate, int position) {
        if (thoughts != null) thinking.add(new ContentPart.Thinking(thoughts.toString(), null, null));
        List<ContentPart> content = new ArrayList<>(thinking);
        if (text != null) content.add(new ContentPart.Text(text.toString()));
        content.addAll(images);
        FinishReason reason = GeminiFinishReasons.map(GeminiJson.text(candidate, "finishReason"), !calls.isEmpty());
        if (reason == null) reason = calls.isEmpty() ? FinishReason.STOP : FinishReason.TOOL_CALLS;
        ChatMessage message = new ChatMessage(Role.ASSISTANT, content, calls, null, null, false);
        return new Choice(candidate.path("index").asInt(position), message, reason,
                GeminiLogprobs.toOpenAi(candidate.get("logprobsResult")));
    }
}
