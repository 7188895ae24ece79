package dev.gantry.testkit.reference;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gantry.core.chat.CallOptions;
import dev.gantry.core.chat.Usage;
import dev.gantry.core.embed.EmbeddingModel;
import dev.gantry.core.embed.EmbeddingRequest;
import dev.gantry.core.embed.EmbeddingResponse;
import java.util.ArrayList;
import java.util.List;

/** A minimal OpenAI-dialect EmbeddingModel used only to prove {@code EmbeddingModelContract} can be passed. */
final class ReferenceOpenAiEmbeddingModel implements EmbeddingModel, AutoCloseable {
    private final ReferenceHttp http;

    ReferenceOpenAiEmbeddingModel(String baseUrl) {
        this.http = new ReferenceHttp(baseUrl + "/v1");
    }

    @Override
    public String provider() {
        return ReferenceHttp.PROVIDER;
    }

    @Override
    public EmbeddingResponse embed(EmbeddingRequest request, CallOptions options) {
        ObjectNode body = ReferenceHttp.MAPPER.createObjectNode().put("model", request.model());
        request.inputs().forEach(body.putArray("input")::add);
        if (request.dimensions() != null) body.put("dimensions", request.dimensions());
        JsonNode res = ReferenceHttp.readJson(http.post("/embeddings", body, options));
        List<float[]> vectors = new ArrayList<>();
        for (JsonNode item : res.path("data")) vectors.add(floats(item.path("embedding")));
        long tokens = res.at("/usage/prompt_tokens").asLong();
        return new EmbeddingResponse(res.path("model").asText(), vectors, Usage.of(tokens, 0));
    }

    private static float[] floats(JsonNode array) {
        float[] v = new float[array.size()];
        for (int i = 0; i < v.length; i++) v[i] = (float) array.get(i).asDouble();
        return v;
    }

    @Override
    public void close() {
        http.close();
    }
}
