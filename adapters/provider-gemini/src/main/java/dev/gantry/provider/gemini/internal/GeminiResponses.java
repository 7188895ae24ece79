package dev.gantry.provider.gemini.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gantry.core.chat.ChatMessage;
import dev.gantry.core.chat.ChatResponse;
import dev.gantry.core.chat.Choice;
import dev.gantry.core.chat.FinishReason;
import dev.gantry.core.chat.Role;
import dev.gantry.core.error.ErrorKind;
import dev.gantry.core.error.GantryException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Reads a whole GenerateContentResponse. */
public final class GeminiResponses {
    private GeminiResponses() {
    }

    public static ChatResponse read(JsonNode root, String model) {
        if (!root.isObject()) throw malformed();
        JsonNode candidates = root.path("candidates");
        List<Choice> choices = new ArrayList<>(Math.max(1, candidates.size()));
        for (int i = 0; i < candidates.size(); i++) choices.add(GeminiCandidate.read(candidates.get(i), i));
        if (choices.isEmpty()) {
            // Gemini blocks a prompt by answering no candidates: an answer, not a failure, as OpenAI's content_filter
            if (blockReason(root) == null) throw malformed();
            choices.add(blocked());
        }
        return new ChatResponse(id(root), modelOf(root, model), Instant.now().getEpochSecond(), choices,
                GeminiUsage.read(root.get("usageMetadata")), null, null);
    }

    public static String blockReason(JsonNode root) {
        return GeminiJson.text(root.path("promptFeedback"), "blockReason");
    }

    public static Choice blocked() {
        return new Choice(0, new ChatMessage(Role.ASSISTANT, List.of(), null, null, null, false),
                FinishReason.CONTENT_FILTER, null);
    }

    public static String id(JsonNode root) {
        String id = GeminiJson.text(root, "responseId");
        return id != null ? id : "gemini-" + UUID.randomUUID();
    }

    /** The model the caller asked for; Gemini's modelVersion only when none was given. */
    public static String modelOf(JsonNode root, String model) {
        return model != null ? model : GeminiJson.text(root, "modelVersion");
    }

    private static GantryException malformed() {
        return new GantryException(ErrorKind.MALFORMED_RESPONSE,
                "Gemini answered 200 without candidates or a prompt block reason; retry, or report it if it persists");
    }
}
