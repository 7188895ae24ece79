package dev.gantry.core.chat;

/**
 * Token counts as reported by the provider.
 *
 * @param inputTokens       all prompt tokens: cache reads and cache writes included (OpenAI's prompt_tokens;
 *                          for Anthropic input_tokens + cache_read_input_tokens + cache_creation_input_tokens)
 * @param outputTokens      all completion tokens, reasoning included (OpenAI's completion_tokens)
 * @param cachedInputTokens prompt tokens served from the provider's prompt cache (billed at the cached rate)
 * @param cacheWriteTokens  prompt tokens written to the provider's cache (Anthropic cache_creation_input_tokens)
 * @param reasoningTokens   completion tokens spent on hidden reasoning
 */
public record Usage(long inputTokens, long outputTokens, long cachedInputTokens, long cacheWriteTokens,
                    long reasoningTokens) {

    public static final Usage ZERO = new Usage(0, 0, 0, 0, 0);

    public static Usage of(long input, long output) {
        return new Usage(input, output, 0, 0, 0);
    }

    public long totalTokens() {
        return inputTokens + outputTokens;
    }

    public Usage plus(Usage o) {
        if (o == null) return this;
        return new Usage(inputTokens + o.inputTokens, outputTokens + o.outputTokens,
                cachedInputTokens + o.cachedInputTokens, cacheWriteTokens + o.cacheWriteTokens,
                reasoningTokens + o.reasoningTokens);
    }
}
