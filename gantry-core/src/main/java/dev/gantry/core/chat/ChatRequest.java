package dev.gantry.core.chat;

import java.util.List;
import java.util.Map;

/**
 * The one internal chat request every dialect translates to and from. Lossless: fields no typed
 * component covers ride in {@code extra} and are passed through to OpenAI-compatible upstreams.
 * Nullable fields mean "not set by the client" so that adapters send only what was asked for.
 *
 * @param model             the alias the client asked for (or, after routing, the upstream model)
 * @param maxTokens         max_tokens / max_completion_tokens / Anthropic max_tokens
 * @param thinking          Anthropic extended-thinking config ({@code {"type":"enabled","budget_tokens":N}}) or
 *                          OpenAI reasoning_effort mapped by adapters; null when absent
 * @param metadata          provider metadata object (Anthropic metadata, OpenAI metadata)
 * @param extra             unknown top-level fields, passed through verbatim to OpenAI-compatible upstreams
 */
public record ChatRequest(
        String model,
        List<ChatMessage> messages,
        List<ToolSpec> tools,
        ToolChoice toolChoice,
        Boolean parallelToolCalls,
        ResponseFormat responseFormat,
        Integer n,
        List<String> stop,
        Long seed,
        Double temperature,
        Double topP,
        Integer topK,
        Integer maxTokens,
        Double presencePenalty,
        Double frequencyPenalty,
        Boolean logprobs,
        Integer topLogprobs,
        String user,
        boolean stream,
        boolean includeUsage,
        Map<String, Object> thinking,
        String reasoningEffort,
        Map<String, Object> metadata,
        Map<String, Object> extra) {

    public ChatRequest {
        messages = messages == null ? List.of() : List.copyOf(messages);
        tools = tools == null ? List.of() : List.copyOf(tools);
        stop = stop == null ? List.of() : List.copyOf(stop);
        extra = extra == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(extra));
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    public ChatRequest withModel(String upstreamModel) {
        return toBuilder().model(upstreamModel).build();
    }

    public ChatRequest withStream(boolean streaming) {
        return toBuilder().stream(streaming).build();
    }

    /** Fluent builder; every field optional but model and messages. */
    public static final class Builder {
        private String model;
        private List<ChatMessage> messages = List.of();
        private List<ToolSpec> tools = List.of();
        private ToolChoice toolChoice;
        private Boolean parallelToolCalls;
        private ResponseFormat responseFormat;
        private Integer n;
        private List<String> stop = List.of();
        private Long seed;
        private Double temperature;
        private Double topP;
        private Integer topK;
        private Integer maxTokens;
        private Double presencePenalty;
        private Double frequencyPenalty;
        private Boolean logprobs;
        private Integer topLogprobs;
        private String user;
        private boolean stream;
        private boolean includeUsage;
        private Map<String, Object> thinking;
        private String reasoningEffort;
        private Map<String, Object> metadata;
        private Map<String, Object> extra = Map.of();

        Builder() {
        }

        Builder(ChatRequest r) {
            model = r.model; messages = r.messages; tools = r.tools; toolChoice = r.toolChoice;
            parallelToolCalls = r.parallelToolCalls; responseFormat = r.responseFormat; n = r.n; stop = r.stop;
            seed = r.seed; temperature = r.temperature; topP = r.topP; topK = r.topK; maxTokens = r.maxTokens;
            presencePenalty = r.presencePenalty; frequencyPenalty = r.frequencyPenalty; logprobs = r.logprobs;
            topLogprobs = r.topLogprobs; user = r.user; stream = r.stream; includeUsage = r.includeUsage;
            thinking = r.thinking; reasoningEffort = r.reasoningEffort; metadata = r.metadata; extra = r.extra;
        }

        public Builder model(String v) { model = v; return this; }
        public Builder messages(List<ChatMessage> v) { messages = v; return this; }
        public Builder tools(List<ToolSpec> v) { tools = v; return this; }
        public Builder toolChoice(ToolChoice v) { toolChoice = v; return this; }
        public Builder parallelToolCalls(Boolean v) { parallelToolCalls = v; return this; }
        public Builder responseFormat(ResponseFormat v) { responseFormat = v; return this; }
        public Builder n(Integer v) { n = v; return this; }
        public Builder stop(List<String> v) { stop = v; return this; }
        public Builder seed(Long v) { seed = v; return this; }
        public Builder temperature(Double v) { temperature = v; return this; }
        public Builder topP(Double v) { topP = v; return this; }
        public Builder topK(Integer v) { topK = v; return this; }
        public Builder maxTokens(Integer v) { maxTokens = v; return this; }
        public Builder presencePenalty(Double v) { presencePenalty = v; return this; }
        public Builder frequencyPenalty(Double v) { frequencyPenalty = v; return this; }
        public Builder logprobs(Boolean v) { logprobs = v; return this; }
        public Builder topLogprobs(Integer v) { topLogprobs = v; return this; }
        public Builder user(String v) { user = v; return this; }
        public Builder stream(boolean v) { stream = v; return this; }
        public Builder includeUsage(boolean v) { includeUsage = v; return this; }
        public Builder thinking(Map<String, Object> v) { thinking = v; return this; }
        public Builder reasoningEffort(String v) { reasoningEffort = v; return this; }
        public Builder metadata(Map<String, Object> v) { metadata = v; return this; }
        public Builder extra(Map<String, Object> v) { extra = v; return this; }

        public ChatRequest build() {
            return new ChatRequest(model, messages, tools, toolChoice, parallelToolCalls, responseFormat, n, stop,
                    seed, temperature, topP, topK, maxTokens, presencePenalty, frequencyPenalty, logprobs,
                    topLogprobs, user, stream, includeUsage, thinking, reasoningEffort, metadata, extra);
        }
    }
}
