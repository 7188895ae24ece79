package dev.gantry.rag.answer;

import dev.gantry.core.error.GantryException;
import dev.gantry.rag.retrieve.SearchRequest;

/**
 * A question to answer from a collection.
 *
 * @param search        the retrieval; its query is the question
 * @param model         the chat model alias that writes the answer
 * @param contextTokens budget for the sources in the prompt (cl100k_base tokens), 1..{@value #MAX_CONTEXT_TOKENS}
 * @param maxTokens     answer length limit, null for the model's default
 * @param temperature   null for the model's default
 */
public record AnswerRequest(SearchRequest search, String model, int contextTokens, Integer maxTokens,
                            Double temperature) {
    public static final int DEFAULT_CONTEXT_TOKENS = 3000;
    public static final int MAX_CONTEXT_TOKENS = 1_000_000;

    public AnswerRequest {
        if (search == null) throw new IllegalArgumentException("search is required");
        if (model == null || model.isBlank()) {
            throw GantryException.invalid("model", "model is missing; name the chat model that should answer");
        }
        if (contextTokens < 1 || contextTokens > MAX_CONTEXT_TOKENS) {
            throw GantryException.invalid("context_tokens", "context_tokens " + contextTokens + " is out of range; use "
                    + "1 to " + MAX_CONTEXT_TOKENS + " (the default is " + DEFAULT_CONTEXT_TOKENS + ")");
        }
        if (maxTokens != null && maxTokens < 1) {
            throw GantryException.invalid("max_tokens", "max_tokens " + maxTokens + " must be at least 1");
        }
    }

    /** Default context budget, model defaults for the rest. */
    public static AnswerRequest of(SearchRequest search, String model) {
        return new AnswerRequest(search, model, DEFAULT_CONTEXT_TOKENS, null, null);
    }

    public String question() {
        return search.query();
    }
}
