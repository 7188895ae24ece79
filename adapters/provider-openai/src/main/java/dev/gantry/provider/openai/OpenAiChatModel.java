package dev.gantry.provider.openai;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gantry.core.chat.CallOptions;
import dev.gantry.core.chat.ChatModel;
import dev.gantry.core.chat.ChatRequest;
import dev.gantry.core.chat.ChatResponse;
import dev.gantry.core.chat.ChatStream;
import dev.gantry.core.http.HttpReply;
import dev.gantry.core.http.HttpTransport;
import dev.gantry.core.provider.ProviderSettings;
import dev.gantry.provider.openai.internal.ChatResponseCodec;
import dev.gantry.provider.openai.internal.Endpoints;

/**
 * ChatModel for OpenAI, Azure OpenAI and OpenAI-compatible servers (vLLM, SGLang, Ollama, llama.cpp,
 * OpenRouter...). See {@link Endpoints} for the base-url rule: it includes {@code /v1}, which is added
 * when the URL has no path at all.
 *
 * <p>Streams always ask for {@code stream_options.include_usage}: the gateway needs the usage for cost and
 * limits whether or not the client asked for it (the server drops the usage chunk for clients that did not).
 */
public final class OpenAiChatModel implements ChatModel {
    private final OpenAiClient client;
    private final Endpoints endpoints;

    public OpenAiChatModel(ProviderSettings settings, HttpTransport transport) {
        this.endpoints = new Endpoints(settings);
        this.client = new OpenAiClient(settings, transport);
    }

    @Override
    public String provider() {
        return client.provider();
    }

    @Override
    public ChatResponse chat(ChatRequest request, CallOptions options) {
        CallOptions o = options == null ? CallOptions.DEFAULT : options;
        long started = System.nanoTime();
        ChatRequest upstream = request.stream() ? request.withStream(false) : request;
        HttpReply reply = client.post(endpoints.chat(upstream.model()), OpenAiCodec.writeChatRequest(upstream), o, false,
                started);
        JsonNode root = client.readJson(reply, o, started);
        if (root.has("error") && !root.has("choices")) {
            throw OpenAiErrors.fromErrorObject(client.provider(), root, "in a " + reply.status() + " answer");
        }
        return ChatResponseCodec.read(root);
    }

    @Override
    public ChatStream stream(ChatRequest request, CallOptions options) {
        CallOptions o = options == null ? CallOptions.DEFAULT : options;
        long started = System.nanoTime();
        ChatRequest upstream = request.toBuilder().stream(true).includeUsage(true).build();
        HttpReply reply = client.post(endpoints.chat(upstream.model()), OpenAiCodec.writeChatRequest(upstream), o, true,
                started);
        return new OpenAiChatStream(client.provider(), reply);
    }
}
