package dev.gantry.provider.openai.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import dev.gantry.core.chat.Usage;
import java.io.IOException;

/** OpenAI's usage object, cached-prompt and reasoning details included. */
final class UsageCodec {
    private UsageCodec() {
    }

    /** @return null when the node carries no usage (most stream chunks) */
    static Usage read(JsonNode u) {
        if (u == null || !u.isObject()) return null;
        long cached = u.path("prompt_tokens_details").path("cached_tokens").asLong(0);
        if (cached == 0) cached = u.path("prompt_cache_hit_tokens").asLong(0); // DeepSeek's name for it
        return new Usage(u.path("prompt_tokens").asLong(0), u.path("completion_tokens").asLong(0), cached, 0,
                u.path("completion_tokens_details").path("reasoning_tokens").asLong(0));
    }

    static void write(JsonGenerator g, Usage u) throws IOException {
        g.writeObjectFieldStart("usage");
        g.writeNumberField("prompt_tokens", u.inputTokens());
        g.writeNumberField("completion_tokens", u.outputTokens());
        g.writeNumberField("total_tokens", u.totalTokens());
        if (u.cachedInputTokens() > 0) {
            g.writeObjectFieldStart("prompt_tokens_details");
            g.writeNumberField("cached_tokens", u.cachedInputTokens());
            g.writeEndObject();
        }
        if (u.reasoningTokens() > 0) {
            g.writeObjectFieldStart("completion_tokens_details");
            g.writeNumberField("reasoning_tokens", u.reasoningTokens());
            g.writeEndObject();
        }
        g.writeEndObject();
    }
}
