package dev.gantry.embed.onnx;

import dev.gantry.core.error.GantryException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The embedding models Gantry runs in process, by id. Each comes from a langchain4j jar used only as a carrier of
 * the .onnx file and tokenizer.json. Pooling, maximum length and query instruction follow each model card:
 * all-MiniLM-L6-v2 is mean-pooled and truncates at 256 word pieces (its sentence-transformers configuration; the
 * tokenizer.json in the jar says 128, which we override); bge-small-en-v1.5 uses the [CLS] state, 512 tokens and an
 * instruction on short retrieval queries.
 */
public final class LocalEmbeddingModels {
    /** Prefix a request may put before a local model id, as in {@code local/all-minilm-l6-v2-q}. */
    public static final String PROVIDER_PREFIX = OnnxEmbeddingModel.PROVIDER + "/";
    /** The best of the three on SciFact (nDCG@10 0.74 dense vs 0.66 for MiniLM), at half MiniLM's speed: docs/decisions.md. */
    public static final String DEFAULT_ID = "bge-small-en-v1.5-q";

    private static final String ARTIFACT_PREFIX = "dev.langchain4j:langchain4j-embeddings-";
    private static final String BGE_QUERY_INSTRUCTION = "Represent this sentence for searching relevant passages: ";

    private static final Map<String, LocalModelSpec> MODELS = register(
            new LocalModelSpec("all-minilm-l6-v2-q", 384, 256, Pooling.MEAN, "",
                    "all-minilm-l6-v2-q.onnx", "all-minilm-l6-v2-q-tokenizer.json", ARTIFACT_PREFIX + "all-minilm-l6-v2-q"),
            new LocalModelSpec("all-minilm-l6-v2", 384, 256, Pooling.MEAN, "",
                    "all-minilm-l6-v2.onnx", "all-minilm-l6-v2-tokenizer.json", ARTIFACT_PREFIX + "all-minilm-l6-v2"),
            new LocalModelSpec("bge-small-en-v1.5-q", 384, 512, Pooling.CLS, BGE_QUERY_INSTRUCTION,
                    "bge-small-en-v1.5-q.onnx", "bge-small-en-v1.5-q-tokenizer.json",
                    ARTIFACT_PREFIX + "bge-small-en-v15-q"));

    private LocalEmbeddingModels() {
    }

    public static List<LocalModelSpec> all() {
        return List.copyOf(MODELS.values());
    }

    public static List<String> ids() {
        return List.copyOf(MODELS.keySet());
    }

    public static LocalModelSpec defaultModel() {
        return MODELS.get(DEFAULT_ID);
    }

    /**
     * The model a request names: an id from {@link #ids()}, optionally prefixed with {@code local/}; no name at all
     * means the default.
     *
     * @throws GantryException invalid_request naming the id and listing the known ones
     */
    public static LocalModelSpec byId(String requested) {
        if (requested == null || requested.isBlank()) return defaultModel();
        String id = requested.startsWith(PROVIDER_PREFIX) ? requested.substring(PROVIDER_PREFIX.length()) : requested;
        LocalModelSpec spec = MODELS.get(id);
        if (spec == null) {
            throw GantryException.invalid("model", "unknown local embedding model '" + requested
                    + "': use one of " + String.join(", ", MODELS.keySet())
                    + " (optionally prefixed with '" + PROVIDER_PREFIX + "')");
        }
        return spec;
    }

    private static Map<String, LocalModelSpec> register(LocalModelSpec... specs) {
        Map<String, LocalModelSpec> byId = new LinkedHashMap<>();
        for (LocalModelSpec spec : specs) {
            byId.put(spec.id(), spec);
        }
        return byId;
    }
}
