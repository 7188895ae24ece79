package dev.gantry.provider.openai;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gantry.core.chat.CallOptions;
import dev.gantry.core.error.ErrorKind;
import dev.gantry.core.error.GantryException;
import dev.gantry.core.error.ProviderException;
import dev.gantry.core.http.BodyDeadline;
import dev.gantry.core.http.HttpCall;
import dev.gantry.core.http.HttpReply;
import dev.gantry.core.http.HttpTransport;
import dev.gantry.core.provider.ProviderSettings;
import dev.gantry.provider.openai.internal.Json;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** What the chat and embedding adapters share: headers, sending, error mapping, bounded body reads. */
final class OpenAiClient {
    private final String provider;
    private final HttpTransport transport;
    private final Map<String, String> headers;

    OpenAiClient(ProviderSettings settings, HttpTransport transport) {
        this.provider = settings.name();
        this.transport = transport;
        this.headers = headers(settings);
    }

    private static Map<String, String> headers(ProviderSettings s) {
        Map<String, String> h = new HashMap<>();
        if (s.apiKey() != null && !s.apiKey().isBlank()) {
            if (s.azure()) h.put("api-key", s.apiKey());
            else h.put("authorization", "Bearer " + s.apiKey());
        }
        // lower-cased so a configured "Authorization" replaces ours instead of being sent twice
        s.headers().forEach((k, v) -> h.put(k.toLowerCase(Locale.ROOT), v));
        return Map.copyOf(h);
    }

    String provider() {
        return provider;
    }

    /**
     * Sends a JSON POST; returns the reply when 2xx, else throws the mapped ProviderException.
     *
     * @param startedNanos when the call began: error bodies and answers are read within what is left of
     *                     responseTimeout, so a provider that stalls mid-body cannot hold a caller forever
     */
    HttpReply post(URI uri, byte[] body, CallOptions options, boolean stream, long startedNanos) {
        return send("POST", uri, body, "application/json", options, stream, startedNanos);
    }

    /** As {@link #post}, for any method; {@code contentType} is ignored without a body (GET). */
    HttpReply send(String method, URI uri, byte[] body, String contentType, CallOptions options, boolean stream,
                   long startedNanos) {
        Map<String, String> h = new HashMap<>(headers);
        h.put("accept", stream ? "text/event-stream" : "application/json");
        if (body != null) h.put("content-type", contentType);
        if (options.requestId() != null) h.put("x-request-id", options.requestId());
        HttpReply reply;
        try {
            reply = transport.send(new HttpCall(method, uri, h, body, options.connectTimeout(), options.responseTimeout()));
        } catch (GantryException e) {
            throw attributed(e);
        }
        if (reply.status() / 100 != 2) throw failure(reply, options, startedNanos);
        return reply;
    }

    private ProviderException failure(HttpReply reply, CallOptions options, long startedNanos) {
        byte[] body;
        try {
            body = BodyDeadline.readAll(reply, remaining(options, startedNanos), cause -> attributed(
                    new GantryException(ErrorKind.TIMEOUT, "error body did not arrive in time", cause)));
        } catch (GantryException e) {
            body = new byte[0]; // the status alone still says what happened
        } finally {
            reply.close();
        }
        return OpenAiErrors.fromResponse(provider, reply.status(), body, reply::header, Instant.now());
    }

    /** Reads a whole body, within what is left of responseTimeout since {@code startedNanos}. */
    byte[] readBytes(HttpReply reply, CallOptions options, long startedNanos) {
        Duration limit = options.responseTimeout();
        try {
            return BodyDeadline.readAll(reply, remaining(options, startedNanos), cause -> new ProviderException(
                    ErrorKind.TIMEOUT, provider, reply.status(), "provider '" + provider + "' did not finish its answer "
                    + "within " + limit.toMillis() + "ms; raise the response timeout or ask for fewer tokens", null, cause));
        } catch (GantryException e) {
            throw attributed(e);
        }
    }

    /** Reads a whole JSON answer, within what is left of responseTimeout since {@code startedNanos}. */
    JsonNode readJson(HttpReply reply, CallOptions options, long startedNanos) {
        byte[] body = readBytes(reply, options, startedNanos);
        try {
            JsonNode root = Json.parseUpstream(body);
            if (root != null && root.isObject()) return root;
            throw malformed(reply.status(), null);
        } catch (IOException e) {
            throw malformed(reply.status(), e);
        }
    }

    private static Duration remaining(CallOptions options, long startedNanos) {
        Duration limit = options.responseTimeout();
        return limit == null ? null : limit.minusNanos(System.nanoTime() - startedNanos);
    }

    private ProviderException malformed(int status, Throwable cause) {
        return new ProviderException(ErrorKind.MALFORMED_RESPONSE, provider, status, "provider '" + provider
                + "' answered " + status + " with a body that is not a JSON object; check that its base-url "
                + "points at an OpenAI-compatible API", null, cause);
    }

    /** Transport failures name host:port but not the provider; the gateway's logs and routing need both. */
    ProviderException attributed(GantryException e) {
        if (e instanceof ProviderException p) return p;
        return new ProviderException(e.kind(), provider, 0, "provider '" + provider + "': " + e.getMessage(),
                e.retryAfter(), e);
    }
}
