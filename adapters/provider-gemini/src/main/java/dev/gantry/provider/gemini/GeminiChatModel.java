package dev.gantry.provider.gemini;

import dev.gantry.core.chat.CallOptions;
import dev.gantry.core.chat.ChatModel;
import dev.gantry.core.chat.ChatRequest;
import dev.gantry.core.chat.ChatResponse;
import dev.gantry.core.chat.ChatStream;
import dev.gantry.core.error.GantryException;
import dev.gantry.core.http.HttpReply;
import dev.gantry.core.http.HttpTransport;
import dev.gantry.core.provider.ProviderSettings;
import java.net.URI;

/**
 * Chat over Gemini's generateContent API: {@code POST {base}/v1beta/models/{model}:generateContent}, and
 * {@code :streamGenerateContent?alt=sse} for streams. Translation only; retries and fallback live in the gateway.
 */
public final class GeminiChatModel implements ChatModel {
    private final GeminiEndpoint endpoint;

    public GeminiChatModel(ProviderSettings settings, HttpTransport transport) {
        this.endpoint = new GeminiEndpoint(settings, transport);
    }

    @Override
    public String provider() {
        return endpoint.provider();
    }

    @Override
    public ChatResponse chat(ChatRequest request, CallOptions options) {
        URI uri = endpoint.uri(request.model(), "generateContent", null);
        byte[] body = GeminiCodec.writeRequest(request);
        try (HttpReply reply = endpoint.post(uri, body, options)) {
            return GeminiCodec.readResponse(reply.readAll(), request.model());
        } catch (GantryException e) {
            throw endpoint.withProvider(e);
        }
    }

    @Override
    public ChatStream stream(ChatRequest request, CallOptions options) {
        URI uri = endpoint.uri(request.model(), "streamGenerateContent", "alt=sse");
        HttpReply reply = endpoint.post(uri, GeminiCodec.writeRequest(request), options);
        return new GeminiChatStream(reply, new GeminiStreamDecoder(provider(), request.model()), provider());
    }
}
