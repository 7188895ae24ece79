package dev.gantry.provider.openai.internal;

import java.util.Set;

/** Top-level chat request fields the typed ChatRequest covers; every other field rides in extra. */
final class ChatFields {
    /**
     * The client's choice of name for the token limit is remembered by keeping this key in extra; the
     * writer then sends ChatRequest.maxTokens under it (reasoning models reject max_tokens).
     */
    static final String MAX_COMPLETION_TOKENS = "max_completion_tokens";

    /** stream_options keys beyond include_usage (e.g. vLLM's continuous_usage_stats) ride in extra here. */
    static final String STREAM_OPTIONS = "stream_options";

    static final Set<String> TYPED = Set.of("model", "messages", "tools", "tool_choice", "parallel_tool_calls",
            "response_format", "n", "stop", "seed", "temperature", "top_p", "top_k", "max_tokens",
            MAX_COMPLETION_TOKENS, "presence_penalty", "frequency_penalty", "logprobs", "top_logprobs", "user",
            "stream", STREAM_OPTIONS, "reasoning_effort", "metadata");

    private ChatFields() {
    }
}
