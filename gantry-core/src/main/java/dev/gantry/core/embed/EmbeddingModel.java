package dev.gantry.core.embed;

import dev.gantry.core.chat.CallOptions;

/** The port for turning texts into vectors: remote providers and in-process models alike. */
public interface EmbeddingModel {
    String provider();

    EmbeddingResponse embed(EmbeddingRequest request, CallOptions options);
}
