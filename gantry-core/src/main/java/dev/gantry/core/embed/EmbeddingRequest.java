package dev.gantry.core.embed;

import java.util.List;
import java.util.Map;

/**
 * Texts to embed. {@code dimensions} and {@code encodingFormat} follow OpenAI; {@code extra} passes through.
 */
public record EmbeddingRequest(String model, List<String> inputs, Integer dimensions, String encodingFormat,
                               String user, Map<String, Object> extra) {
    public EmbeddingRequest {
        inputs = List.copyOf(inputs);
        extra = extra == null ? Map.of() : Map.copyOf(extra);
    }

    public EmbeddingRequest withModel(String upstreamModel) {
        return new EmbeddingRequest(upstreamModel, inputs, dimensions, encodingFormat, user, extra);
    }
}
