package dev.gantry.provider.openai;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gantry.core.chat.CallOptions;
import dev.gantry.core.embed.EmbeddingModel;
import dev.gantry.core.embed.EmbeddingRequest;
import dev.gantry.core.embed.EmbeddingResponse;
import dev.gantry.core.error.ErrorKind;
import dev.gantry.core.error.ProviderException;
import dev.gantry.core.http.HttpReply;
import dev.gantry.core.http.HttpTransport;
import dev.gantry.core.provider.ProviderSettings;
import dev.gantry.provider.openai.internal.EmbeddingCodec;
import dev.gantry.provider.openai.internal.Endpoints;

/** EmbeddingModel over POST {base}/embeddings (Azure: the deployment's embeddings path). */
public final class OpenAiEmbeddingModel implements EmbeddingModel {
    private final OpenAiClient client;
    private final Endpoints endpoints;

    public OpenAiEmbeddingModel(ProviderSettings settings, HttpTransport transport) {
        this.endpoints = new Endpoints(settings);
        this.client = new OpenAiClient(settings, transport);
    }

    @Override
    public String provider() {
        return client.provider();
    }

    @Override
    public EmbeddingResponse embed(EmbeddingRequest request, CallOptions options) {
        CallOptions o = options == null ? CallOptions.DEFAULT : options;
        long started = System.nanoTime();
        HttpReply reply = client.post(endpoints.embeddings(request.model()),
                OpenAiCodec.writeEmbeddingRequest(request), o, false, started);
        JsonNode root = client.readJson(reply, o, started);
        if (root.has("error") && !root.has("data")) {
            throw OpenAiErrors.fromErrorObject(client.provider(), root, "in a " + reply.status() + " answer");
        }
        EmbeddingResponse response;
        try {
            response = EmbeddingCodec.readResponse(root);
        } catch (IllegalArgumentException e) {
            throw malformed("has an unreadable vector", e);
        }
        if (response.vectors().size() != request.inputs().size()) {
            throw malformed("returned " + response.vectors().size() + " vectors for " + request.inputs().size()
                    + " inputs", null);
        }
        return response;
    }

    private ProviderException malformed(String what, Throwable cause) {
        return new ProviderException(ErrorKind.MALFORMED_RESPONSE, client.provider(), 200,
                "embedding answer from provider '" + client.provider() + "' " + what, null, cause);
    }
}
