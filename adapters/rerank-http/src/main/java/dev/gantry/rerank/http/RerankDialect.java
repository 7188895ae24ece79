package dev.gantry.rerank.http;

import java.util.Locale;

/** The request and answer shapes of the rerank servers in use. */
public enum RerankDialect {
    /**
     * Cohere's shape, also served by vLLM, Jina, Infinity and OpenVINO: {@code POST {base}/rerank}
     * {model, query, documents, top_n} answering {results: [{index, relevance_score}]}.
     */
    COHERE("/rerank"),
    /** Hugging Face text-embeddings-inference: {@code POST {base}/rerank} {query, texts} answering [{index, score}]. */
    TEI("/rerank"),
    /** vLLM's score API: {@code POST {base}/score} {model, text_1, text_2} answering {data: [{index, score}]}. */
    SCORE("/score");

    private final String path;

    RerankDialect(String path) {
        this.path = path;
    }

    String path() {
        return path;
    }

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @throws IllegalArgumentException naming the choices, for config errors */
    public static RerankDialect parse(String value) {
        for (RerankDialect d : values()) {
            if (value != null && d.wire().equals(value.strip().toLowerCase(Locale.ROOT))) return d;
        }
        throw new IllegalArgumentException("reranker dialect '" + value + "' is not known; use cohere (vLLM, Cohere, "
                + "Jina /rerank), tei (text-embeddings-inference /rerank) or score (vLLM /score)");
    }
}
