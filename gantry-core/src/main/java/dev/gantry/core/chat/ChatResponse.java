package dev.gantry.core.chat;

import java.util.List;

/**
 * A complete (non-streamed) answer.
 *
 * @param id         the provider's response id
 * @param model      the upstream model that answered
 * @param created    epoch seconds
 * @param stopSequence the stop sequence that ended generation, when the provider reports it (Anthropic)
 */
public record ChatResponse(String id, String model, long created, List<Choice> choices, Usage usage,
                           String systemFingerprint, String stopSequence) {
    public ChatResponse {
        choices = choices == null ? List.of() : List.copyOf(choices);
        usage = usage == null ? Usage.ZERO : usage;
    }

    /** The first choice's message, the common case of n = 1. */
    public ChatMessage message() {
        return choices.isEmpty() ? null : choices.get(0).message();
    }
}
