package dev.gantry.server.rag;

import dev.gantry.core.chat.CallOptions;
import dev.gantry.core.embed.EmbeddingRequest;
import dev.gantry.embed.onnx.LocalEmbeddingModels;
import dev.gantry.embed.onnx.LocalModelSpec;
import dev.gantry.embed.onnx.OnnxEmbeddingModel;
import dev.gantry.rag.embed.Embedder;
import java.util.List;
import java.util.Map;

/** An in-process ONNX model as a RAG embedder; queries are sent with input_type=query (BGE's instruction). */
final class LocalEmbedder implements Embedder {
    private final OnnxEmbeddingModel onnx;
    private final LocalModelSpec spec;

    LocalEmbedder(OnnxEmbeddingModel onnx, LocalModelSpec spec) {
        this.onnx = onnx;
        this.spec = spec;
    }

    @Override
    public String model() {
        return LocalEmbeddingModels.PROVIDER_PREFIX + spec.id();
    }

    @Override
    public int dimensions() {
        return spec.dimensions();
    }

    @Override
    public List<float[]> embedDocuments(List<String> texts) {
        return embed(texts, "document");
    }

    @Override
    public float[] embedQuery(String text) {
        return embed(List.of(text), "query").get(0);
    }

    private List<float[]> embed(List<String> texts, String inputType) {
        if (texts.isEmpty()) return List.of();
        EmbeddingRequest r = new EmbeddingRequest(spec.id(), texts, null, null, null, Map.of("input_type", inputType));
        return onnx.embed(r, CallOptions.DEFAULT).vectors();
    }
}
