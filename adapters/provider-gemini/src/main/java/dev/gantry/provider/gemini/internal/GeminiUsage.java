package dev.gantry.provider.gemini.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gantry.core.chat.Usage;

/** Reads {@code usageMetadata}. Gemini counts thoughts apart from candidates; OpenAI's output includes them. */
public final class GeminiUsage {
    private GeminiUsage() {
    }

    /** @return null when the node carries no usage */
    public static Usage read(JsonNode usageMetadata) {
        if (usageMetadata == null || !usageMetadata.isObject()) return null;
        long thoughts = usageMetadata.path("thoughtsTokenCount").asLong();
        return new Usage(
                usageMetadata.path("promptTokenCount").asLong(),
                usageMetadata.path("candidatesTokenCount").asLong() + thoughts,
                usageMetadata.path("cachedContentTokenCount").asLong(),
                0,
                thoughts);
    }
}
