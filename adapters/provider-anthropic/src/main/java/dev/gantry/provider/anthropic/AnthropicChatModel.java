package dev.gantry.provider.anthropic;

import dev.gantry.core.chat.CallOptions;
import dev.gantry.core.chat.ChatModel;
import dev.gantry.core.chat.ChatRequest;
import dev.gantry.core.chat.ChatResponse;
import dev.gantry.core.chat.ChatStream;
import dev.gantry.core.error.GantryException;
import dev.gantry.core.error.ProviderException;
import dev.gantry.core.http.HttpCall;
import dev.gantry.core.http.HttpReply;
import dev.gantry.core.http.HttpTransport;
import dev.gantry.core.provider.ProviderSettings;
import dev.gantry.provider.anthropic.internal.AnthropicChatStream;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;

/**
 * {@link ChatModel} over Anthropic's Messages API: {@code POST {baseUrl}/v1/messages}. Translates only (no
 * retry, no fallback). Stateless and thread-safe; streams are read on the caller's (virtual) thread.
 */
public final class AnthropicChatModel implements ChatModel {
    public static final String DEFAULT_BASE_URL = "https://api.anthropic.com";
    public static final String DEFAULT_VERSION = "2023-06-01";
    public static final int DEFAULT_MAX_TOKENS = 4096;

    private final ProviderSettings settings;
    private final HttpTransport transport;
    private final int defaultMaxTokens;
    private final URI messagesUri;

    public AnthropicChatModel(ProviderSettings settings, HttpTransport transport) {
        this(settings, transport, DEFAULT_MAX_TOKENS);
    }

    /** @param defaultMaxTokens sent when a request sets no max_tokens (Anthropic requires one) */
    public AnthropicChatModel(ProviderSettings settings, HttpTransport transport, int defaultMaxTokens) {
        if (defaultMaxTokens < 1) {
            throw new IllegalArgumentException("defaultMaxTokens was " + defaultMaxTokens + "; it must be >= 1, e.g. 4096");
        }
        this.settings = settings;
        this.transport = transport;
        this.defaultMaxTokens = defaultMaxTokens;
        this.messagesUri = messagesUri(settings.baseUrl());
    }

    /** Accepts a base with or without the /v1 suffix, and with or without a trailing slash. */
    static URI messagesUri(String baseUrl) {
        String base = baseUrl == null || baseUrl.isBlank() ? DEFAULT_BASE_URL : baseUrl.strip();
        while (base.endsWith("/")) base = base.substring(0, base.length() - 1);
        return URI.create(base.endsWith("/v1") ? base + "/messages" : base + "/v1/messages");
    }

    @Override
    public String provider() {
        return settings.name();
    }

    @Override
    public ChatResponse chat(ChatRequest request, CallOptions options) {
        ChatRequest upstream = request.stream() ? request.withStream(false) : request;
        byte[] body = AnthropicCodec.writeRequest(upstream, defaultMaxTokens);
        byte[] answer;
        try (HttpReply reply = send(body, options, false)) {
            answer = reply.readAll();
            if (reply.status() / 100 != 2) throw failure(reply, answer);
        }
        try {
            return AnthropicCodec.readResponse(answer, AnthropicCodec.answerToolName(request));
        } catch (GantryException e) {
            throw new ProviderException(e.kind(), provider(), 200, "provider '" + provider() + "': " + e.getMessage(),
                    null, e);
        }
    }

    @Override
    public ChatStream stream(ChatRequest request, CallOptions options) {
        ChatRequest upstream = request.stream() ? request : request.withStream(true);
        byte[] body = AnthropicCodec.writeRequest(upstream, defaultMaxTokens);
        HttpReply reply = send(body, options, true);
        if (reply.status() / 100 != 2) {
            byte[] error;
            try (reply) {
                error = reply.readAll();
            }
            throw failure(reply, error);
        }
        return new AnthropicChatStream(provider(), reply,
                new AnthropicStreamDecoder(provider(), AnthropicCodec.answerToolName(request)));
    }

    private ProviderException failure(HttpReply reply, byte[] body) {
        return AnthropicErrors.fromResponse(provider(), reply.status(), body, reply.header("retry-after").orElse(null));
    }

    private HttpReply send(byte[] body, CallOptions options, boolean stream) {
        CallOptions o = options == null ? CallOptions.DEFAULT : options;
        HttpCall call = HttpCall.postJson(messagesUri, headers(o, stream), body, o.connectTimeout(), o.responseTimeout());
        try {
            return transport.send(call);
        } catch (ProviderException e) {
            throw e;
        } catch (GantryException e) {
            // connection failures and timeouts: name the provider so routing logs say who failed
            throw new ProviderException(e.kind(), provider(), 0, "provider '" + provider() + "': " + e.getMessage(),
                    e.retryAfter(), e);
        }
    }

    private Map<String, String> headers(CallOptions options, boolean stream) {
        return headers(settings, options, stream);
    }

    /** Every Anthropic call's headers: key, version, accept, request id, then the configured ones. */
    static Map<String, String> headers(ProviderSettings settings, CallOptions options, boolean stream) {
        Map<String, String> h = new HashMap<>();
        if (settings.apiKey() != null) h.put("x-api-key", settings.apiKey());
        h.put("anthropic-version", settings.apiVersion() != null ? settings.apiVersion() : DEFAULT_VERSION);
        h.put("accept", stream ? "text/event-stream" : "application/json");
        if (options.requestId() != null) h.put("x-request-id", options.requestId());
        h.putAll(settings.headers()); // e.g. anthropic-beta; configured values win
        return h;
    }

    @Override
    public String toString() {
        return "AnthropicChatModel[" + settings + "]"; // settings never print the key
    }
}
