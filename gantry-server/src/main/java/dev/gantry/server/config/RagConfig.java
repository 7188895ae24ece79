package dev.gantry.server.config;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Reads the {@code rag:} section; defaults in {@link RagSettings#DEFAULTS}. */
final class RagConfig {
    private static final Set<String> RERANK_DIALECTS = Set.of("cohere", "tei", "score");
    private static final Set<String> MODES = Set.of("bm25", "dense", "hybrid");

    private RagConfig() {
    }

    static RagSettings read(Node n) {
        RagSettings d = RagSettings.DEFAULTS;
        if (n == null) return d;
        String embedding = n.string("embedding-model", d.embeddingModel());
        int batch = (int) n.integer("ingest-batch", d.ingestBatch(), 1);
        String answer = n.string("answer-model", d.answerModel());
        int context = (int) n.integer("context-tokens", d.contextTokens(), 100);
        Node r = n.object("reranker");
        RagSettings.Reranker reranker = r == null ? null : reranker(r);
        List<RagSettings.Binding> bindings = new ArrayList<>();
        for (Node b : n.objects("bindings")) bindings.add(binding(b));
        n.finish();
        return new RagSettings(embedding, batch, answer, context, reranker, bindings);
    }

    private static RagSettings.Reranker reranker(Node r) {
        String dialect = r.string("dialect", "cohere");
        if (!RERANK_DIALECTS.contains(dialect)) {
            r.problem("dialect", "'" + dialect + "' is not one of cohere (vLLM, Jina, Cohere /rerank), tei, score (vLLM /score)");
        }
        RagSettings.Reranker out = new RagSettings.Reranker(r.required("base-url"), r.secret("api-key"),
                r.string("model", null), dialect, r.duration("timeout", Duration.ofSeconds(10)));
        r.finish();
        return out;
    }

    private static RagSettings.Binding binding(Node b) {
        String mode = b.string("mode", "hybrid");
        if (!MODES.contains(mode)) b.problem("mode", "'" + mode + "' is not one of bm25, dense, hybrid");
        RagSettings.Binding out = new RagSettings.Binding(b.required("model"), b.required("collection"),
                b.required("chat-model"), (int) b.integer("top-k", 6, 1), mode);
        b.finish();
        return out;
    }
}
