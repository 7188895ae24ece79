package dev.gantry.provider.gemini;

import dev.gantry.core.chat.CallOptions;
import dev.gantry.core.chat.Usage;
import dev.gantry.core.embed.EmbeddingModel;
import dev.gantry.core.embed.EmbeddingRequest;
import dev.gantry.core.embed.EmbeddingResponse;
import dev.gantry.core.error.ErrorKind;
import dev.gantry.core.error.GantryException;
import dev.gantry.core.http.HttpReply;
import dev.gantry.core.http.HttpTransport;
import dev.gantry.core.provider.ProviderSettings;
import dev.gantry.provider.gemini.internal.GeminiEmbeddingCodec;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * Embeddings over {@code POST {base}/v1beta/models/{model}:batchEmbedContents}. Gemini takes at most
 * {@value #MAX_BATCH} texts per call, so larger requests go out as several calls, answers kept in order.
 * Gemini reports no token usage for embeddings: usage is zero.
 */
public final class GeminiEmbeddingModel implements EmbeddingModel {
    public static final int MAX_BATCH = 100;

    private final GeminiEndpoint endpoint;

    public GeminiEmbeddingModel(ProviderSettings settings, HttpTransport transport) {
        this.endpoint = new GeminiEndpoint(settings, transport);
    }

    @Override
    public String provider() {
        return endpoint.provider();
    }

    @Override
    public EmbeddingResponse embed(EmbeddingRequest request, CallOptions options) {
        if (request.inputs().isEmpty()) {
            throw GantryException.invalid("input", "input is empty; send at least one text to embed");
        }
        URI uri = endpoint.uri(request.model(), "batchEmbedContents", null);
        List<float[]> vectors = new ArrayList<>(request.inputs().size());
        for (int from = 0; from < request.inputs().size(); from += MAX_BATCH) {
            List<String> batch = request.inputs().subList(from, Math.min(from + MAX_BATCH, request.inputs().size()));
            vectors.addAll(embedBatch(uri, request, batch, options));
        }
        return new EmbeddingResponse(request.model(), vectors, Usage.ZERO);
    }

    private List<float[]> embedBatch(URI uri, EmbeddingRequest request, List<String> batch, CallOptions options) {
        byte[] body = GeminiEmbeddingCodec.writeBatch(request.model(), batch, request.dimensions());
        try (HttpReply reply = endpoint.post(uri, body, options)) {
            List<float[]> vectors = GeminiEmbeddingCodec.readVectors(reply.readAll());
            if (vectors.size() != batch.size()) {
                throw new GantryException(ErrorKind.MALFORMED_RESPONSE, "Gemini answered " + vectors.size()
                        + " embeddings for " + batch.size() + " texts; retry, or report it if it persists");
            }
            return vectors;
        } catch (GantryException e) {
            throw endpoint.withProvider(e);
        }
    }
}
