package dev.gantry.provider.gemini;

import dev.gantry.core.chat.CallOptions;
import dev.gantry.core.error.GantryException;
import dev.gantry.core.error.ProviderException;
import dev.gantry.core.http.HttpCall;
import dev.gantry.core.http.HttpReply;
import dev.gantry.core.http.HttpTransport;
import dev.gantry.core.provider.ProviderSettings;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * One configured Gemini API: URLs, auth header, and the send-and-check step shared by chat and embeddings.
 * The API key travels in the x-goog-api-key header, never in the URL, so it cannot leak into access logs.
 */
final class GeminiEndpoint {
    static final String DEFAULT_BASE_URL = "https://generativelanguage.googleapis.com";

    private final String provider;
    private final HttpTransport transport;
    private final String versionBase;
    private final Map<String, String> headers;

    GeminiEndpoint(ProviderSettings settings, HttpTransport transport) {
        this.provider = settings.name();
        this.transport = transport;
        this.versionBase = versionBase(settings.baseUrl());
        Map<String, String> h = new HashMap<>(settings.headers());
        if (settings.apiKey() != null && !settings.apiKey().isBlank()) h.put("x-goog-api-key", settings.apiKey());
        this.headers = Map.copyOf(h);
    }

    String provider() {
        return provider;
    }

    /** Accepts a base with or without its API version: https://host, https://host/v1beta, https://host/v1. */
    static String versionBase(String baseUrl) {
        String base = baseUrl == null || baseUrl.isBlank() ? DEFAULT_BASE_URL : baseUrl.strip();
        while (base.endsWith("/")) base = base.substring(0, base.length() - 1);
        if (base.endsWith("/v1beta") || base.endsWith("/v1") || base.endsWith("/v1alpha")) return base;
        return base + "/v1beta";
    }

    /** {base}/models/{model}:{method}[?query]; the model is one encoded path segment. */
    URI uri(String model, String method, String query) {
        if (model == null || model.isBlank()) {
            throw GantryException.invalid("model", "no Gemini model was given; set the route's target model, e.g. gemini-2.5-flash");
        }
        String m = model.startsWith("models/") ? model.substring("models/".length()) : model;
        String encoded = URLEncoder.encode(m, StandardCharsets.UTF_8).replace("+", "%20");
        return URI.create(versionBase + "/models/" + encoded + ":" + method + (query == null ? "" : "?" + query));
    }

    /** Sends a JSON POST; returns the reply when it is 2xx, else throws the mapped error. */
    HttpReply post(URI uri, byte[] body, CallOptions options) {
        CallOptions o = options == null ? CallOptions.DEFAULT : options;
        Map<String, String> h = headers;
        if (o.requestId() != null) {
            h = new HashMap<>(headers);
            h.put("x-request-id", o.requestId());
        }
        HttpReply reply;
        try {
            reply = transport.send(HttpCall.postJson(uri, h, body, o.connectTimeout(), o.responseTimeout()));
        } catch (GantryException e) {
            throw withProvider(e);
        }
        if (reply.status() / 100 == 2) return reply;
        throw error(reply);
    }

    private ProviderException error(HttpReply reply) {
        String retryAfter = reply.header("retry-after").orElse(null);
        byte[] body;
        try {
            body = reply.readAll();
        } catch (RuntimeException unreadable) {
            body = null; // the status alone still classifies the failure
        } finally {
            reply.close();
        }
        return GeminiErrors.fromReply(provider, reply.status(), body, retryAfter);
    }

    /** Names this provider on failures raised below the adapter (transport, codec). */
    ProviderException withProvider(GantryException e) {
        if (e instanceof ProviderException p) return p;
        return new ProviderException(e.kind(), provider, 0, "Gemini provider '" + provider + "': " + e.getMessage(),
                e.retryAfter(), e);
    }
}
