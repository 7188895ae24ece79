package dev.gantry.core.cache;

import dev.gantry.core.chat.ChatResponse;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * A chat answer as the client received it, with what it cost when it was made: a hit serves it for $0 and
 * records that cost as saved.
 *
 * @param provider      the provider that made it
 * @param upstreamModel the provider's model that made it
 */
public record CachedAnswer(ChatResponse response, BigDecimal costUsd, String provider, String upstreamModel,
                           Instant storedAt) {
    public CachedAnswer {
        Objects.requireNonNull(response, "response");
        Objects.requireNonNull(costUsd, "costUsd");
        Objects.requireNonNull(storedAt, "storedAt");
    }

    /** A rough size in bytes, for caches bounded by memory. */
    public int weight() {
        int chars = 0;
        for (var c : response.choices()) {
            if (c.message() == null) continue;
            if (c.message().text() != null) chars += c.message().text().length();
            for (var t : c.message().toolCalls()) chars += (t.arguments() == null ? 0 : t.arguments().length()) + 64;
        }
        return 256 + 2 * chars;
    }
}
