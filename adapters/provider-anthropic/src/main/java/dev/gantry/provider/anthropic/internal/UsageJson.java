package dev.gantry.provider.anthropic.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import dev.gantry.core.chat.Usage;
import java.io.IOException;

/**
 * Anthropic's usage object. Its input_tokens excludes cache reads and writes, the core's inputTokens includes
 * them (so that every provider's prompt count means the same); the two directions convert accordingly.
 * Reasoning tokens travel in output_tokens_details.thinking_tokens, where newer API versions report them.
 */
public final class UsageJson {
    private UsageJson() {
    }

    public static Usage read(JsonNode usage) {
        if (usage == null || !usage.isObject()) return Usage.ZERO;
        long cacheRead = Json.longOr0(usage, "cache_read_input_tokens");
        long cacheWrite = Json.longOr0(usage, "cache_creation_input_tokens");
        return new Usage(Json.longOr0(usage, "input_tokens") + cacheRead + cacheWrite,
                Json.longOr0(usage, "output_tokens"), cacheRead, cacheWrite,
                Json.longOr0(usage.get("output_tokens_details"), "thinking_tokens"));
    }

    /** Writes the fields of a usage object (the caller opens and closes it). */
    public static void writeFields(JsonGenerator gen, Usage usage) throws IOException {
        Usage u = usage == null ? Usage.ZERO : usage;
        long uncached = Math.max(0, u.inputTokens() - u.cachedInputTokens() - u.cacheWriteTokens());
        gen.writeNumberField("input_tokens", uncached);
        gen.writeNumberField("cache_creation_input_tokens", u.cacheWriteTokens());
        gen.writeNumberField("cache_read_input_tokens", u.cachedInputTokens());
        gen.writeNumberField("output_tokens", u.outputTokens());
        if (u.reasoningTokens() > 0) {
            gen.writeObjectFieldStart("output_tokens_details");
            gen.writeNumberField("thinking_tokens", u.reasoningTokens());
            gen.writeEndObject();
        }
    }
}
