package dev.gantry.server.rag;

import dev.gantry.embed.onnx.LocalEmbeddingModels;
import dev.gantry.embed.onnx.OnnxEmbeddingModel;
import dev.gantry.gateway.EmbeddingGateway;
import dev.gantry.rag.embed.Embedder;
import dev.gantry.rag.embed.EmbedderResolver;

/**
 * "local/<id>" (or a bare local id) runs in process on ONNX Runtime; anything else is a gateway model (an alias or
 * provider/model) and goes through the gateway.
 */
final class ServerEmbedders implements EmbedderResolver, AutoCloseable {
    private final OnnxEmbeddingModel onnx = new OnnxEmbeddingModel();
    private final EmbeddingGateway gateway;
    private final String defaultModel;

    ServerEmbedders(EmbeddingGateway gateway, String defaultModel) {
        this.gateway = gateway;
        this.defaultModel = defaultModel;
    }

    @Override
    public Embedder resolve(String model) {
        boolean local = model.startsWith(LocalEmbeddingModels.PROVIDER_PREFIX) || LocalEmbeddingModels.ids().contains(model);
        if (local) return new LocalEmbedder(onnx, LocalEmbeddingModels.byId(model));
        return new GatewayEmbedder(gateway, model);
    }

    @Override
    public String defaultModel() {
        return defaultModel;
    }

    @Override
    public void close() {
        onnx.close();
    }
}
