package dev.gantry.server.cache;

import dev.gantry.core.chat.CallOptions;
import dev.gantry.core.embed.EmbeddingRequest;
import dev.gantry.embed.onnx.LocalEmbeddingModels;
import dev.gantry.embed.onnx.LocalModelSpec;
import dev.gantry.embed.onnx.OnnxEmbeddingModel;
import dev.gantry.gateway.cache.QueryEmbedder;
import java.util.List;

/**
 * The semantic cache's embedder: an in-process ONNX model. Both sides of a comparison are user turns, so texts are
 * embedded as documents, without BGE's retrieval instruction (meant for a short query against longer passages).
 */
public final class LocalQueryEmbedder implements QueryEmbedder {
    private final OnnxEmbeddingModel onnx;
    private final LocalModelSpec spec;

    public LocalQueryEmbedder(OnnxEmbeddingModel onnx, String modelId) {
        this.onnx = onnx;
        this.spec = LocalEmbeddingModels.byId(modelId);
    }

    @Override
    public String model() {
        return LocalEmbeddingModels.PROVIDER_PREFIX + spec.id();
    }

    /** One text per model run: quantized models give slightly different vectors batched, so never batch here. */
    @Override
    public float[] embed(String text) {
        EmbeddingRequest one = new EmbeddingRequest(spec.id(), List.of(text), null, null, null, null);
        return onnx.embed(one, CallOptions.DEFAULT).vectors().getFirst();
    }
}
