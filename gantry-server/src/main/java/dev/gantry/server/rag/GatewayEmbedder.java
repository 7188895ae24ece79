package dev.gantry.server.rag;

import dev.gantry.core.embed.EmbeddingRequest;
import dev.gantry.core.error.GantryException;
import dev.gantry.gateway.EmbeddingGateway;
import dev.gantry.gateway.RequestContext;
import dev.gantry.rag.embed.Embedder;
import dev.gantry.rag.embed.Vectors;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A provider's embedding model, called through the gateway so routing, retries, limits, cost and the ledger apply
 * (as feature "rag"). Vectors are normalised here: not every provider returns unit vectors.
 */
final class GatewayEmbedder implements Embedder {
    /** Providers cap inputs per call (OpenAI: 2,048); smaller calls also retry cheaper. */
    private static final int MAX_INPUTS_PER_CALL = 256;

    private final EmbeddingGateway gateway;
    private final String model;
    private final int dimensions;

    GatewayEmbedder(EmbeddingGateway gateway, String model) {
        this.gateway = gateway;
        this.model = model;
        this.dimensions = call(List.of("dimension probe")).get(0).length;
    }

    @Override
    public String model() {
        return model;
    }

    @Override
    public int dimensions() {
        return dimensions;
    }

    @Override
    public List<float[]> embedDocuments(List<String> texts) {
        List<float[]> out = new ArrayList<>(texts.size());
        for (int i = 0; i < texts.size(); i += MAX_INPUTS_PER_CALL) {
            out.addAll(call(texts.subList(i, Math.min(texts.size(), i + MAX_INPUTS_PER_CALL))));
        }
        return out;
    }

    @Override
    public float[] embedQuery(String text) {
        return call(List.of(text)).get(0);
    }

    private List<float[]> call(List<String> texts) {
        if (texts.isEmpty()) return List.of();
        RequestContext ctx = RequestContext.internal("rag_" + UUID.randomUUID(), "rag", "embeddings");
        List<float[]> vectors = gateway.embed(new EmbeddingRequest(model, texts, null, null, null, Map.of()), ctx).value().vectors();
        if (vectors.size() != texts.size()) {
            throw GantryException.invalid("embedding_model", "model '" + model + "' returned " + vectors.size()
                    + " vectors for " + texts.size() + " texts");
        }
        vectors.forEach(Vectors::normalise);
        return vectors;
    }
}
