package dev.gantry.core.chat;

import java.util.List;

/**
 * One streaming event in the internal (OpenAI-shaped) form: deltas for some choices and, usually on
 * the last chunk only, the usage. Adapters translate their provider's events into these one by one.
 */
public record ChatChunk(String id, String model, long created, List<ChoiceDelta> choices, Usage usage,
                        String systemFingerprint) {
    public ChatChunk {
        choices = choices == null ? List.of() : List.copyOf(choices);
    }
}
