package dev.gantry.core.chat;

/**
 * One completion alternative. {@code logprobs} is the provider's logprobs object kept as plain
 * maps/lists, passed through to OpenAI-dialect clients unchanged.
 */
public record Choice(int index, ChatMessage message, FinishReason finishReason, Object logprobs) {
}
