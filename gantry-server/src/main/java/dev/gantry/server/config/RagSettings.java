package dev.gantry.server.config;

import java.time.Duration;
import java.util.List;

/**
 * The {@code rag:} section.
 *
 * @param embeddingModel  model of new collections when none is named: "local/<id>" (in process) or a gateway model
 * @param ingestBatch     documents per ingest batch (one index commit and one embedding call per batch)
 * @param answerModel     chat model for answers when the request names none (null: the request must name one)
 * @param contextTokens   token budget for the sources packed into an answer prompt
 * @param reranker        remote reranker, or null for none
 * @param bindings        chat-completions model names that answer from a collection
 */
public record RagSettings(String embeddingModel, int ingestBatch, String answerModel, int contextTokens,
                          Reranker reranker, List<Binding> bindings) {
    public static final RagSettings DEFAULTS = new RagSettings("local/bge-small-en-v1.5-q", 32, null, 3000, null, List.of());

    public RagSettings {
        bindings = List.copyOf(bindings);
    }

    /** @param dialect cohere (vLLM, Jina, Cohere /rerank), tei (Text Embeddings Inference /rerank) or score (vLLM /score) */
    public record Reranker(String baseUrl, String apiKey, String model, String dialect, Duration timeout) {
        @Override
        public String toString() {
            return "Reranker[baseUrl=" + baseUrl + ", model=" + model + ", dialect=" + dialect + "]";
        }
    }

    /**
     * Clients send {@code model} to /v1/chat/completions; Gantry retrieves from {@code collection} with the last
     * user message, adds the sources to the conversation and asks {@code chatModel}.
     */
    public record Binding(String model, String collection, String chatModel, int topK, String mode) {
    }
}
