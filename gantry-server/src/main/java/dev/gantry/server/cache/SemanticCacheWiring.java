package dev.gantry.server.cache;

import dev.gantry.embed.onnx.LocalEmbeddingModels;
import dev.gantry.embed.onnx.OnnxEmbeddingModel;
import dev.gantry.gateway.SemanticCaching;
import dev.gantry.gateway.cache.QueryVectors;
import dev.gantry.gateway.route.ModelRoute;
import dev.gantry.local.InMemorySemanticCache;
import java.util.List;

/**
 * Builds the semantic cache when an alias turns it on: the in-process cache and the default local embedding model
 * (loaded at start-up, so a broken model fails the start, not a request). Without such an alias nothing is loaded.
 */
public final class SemanticCacheWiring implements AutoCloseable {
    /** Recent latest user turns whose vectors are kept (about 2 KB each). */
    static final int RECENT_TEXTS = 10_000;
    private final OnnxEmbeddingModel onnx;
    private final SemanticCaching caching;

    public SemanticCacheWiring(List<ModelRoute> routes, long maxBytes) {
        if (routes.stream().noneMatch(ModelRoute::semanticallyCached)) {
            onnx = null;
            caching = SemanticCaching.NONE;
            return;
        }
        onnx = new OnnxEmbeddingModel();
        onnx.preload(LocalEmbeddingModels.DEFAULT_ID);
        caching = new SemanticCaching(new InMemorySemanticCache(maxBytes),
                new QueryVectors(new LocalQueryEmbedder(onnx, LocalEmbeddingModels.DEFAULT_ID), RECENT_TEXTS));
    }

    public SemanticCaching caching() {
        return caching;
    }

    @Override
    public void close() {
        if (onnx != null) onnx.close();
    }
}
