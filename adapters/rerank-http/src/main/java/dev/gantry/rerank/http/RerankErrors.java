package dev.gantry.rerank.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gantry.core.error.ErrorKind;
import dev.gantry.core.error.GantryException;
import dev.gantry.core.error.ProviderException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Pattern;

/**
 * Turns a rerank server's failure into a {@link ProviderException} (provider "reranker") with the kind the
 * gateway uses for the same status, and a message naming the server (host and port only: paths may hold
 * keys) and relaying the server's own words, trimmed and with anything key-shaped masked.
 */
final class RerankErrors {
    static final String PROVIDER = "reranker";
    private static final int MAX_MESSAGE_CHARS = 300;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern SECRET = Pattern.compile("sk-[A-Za-z0-9_*\\-]{3,}");
    private static final Pattern BEARER = Pattern.compile("(?i)bearer\\s+[A-Za-z0-9._~+/=\\-]{8,}");

    private RerankErrors() {
    }

    static ProviderException status(String where, int status, byte[] body, String retryAfter) {
        return new ProviderException(kindFor(status), PROVIDER, status, "reranker at " + where + " answered " + status
                + describe(upstreamMessage(body)), retryAfterSeconds(retryAfter), null);
    }

    static ProviderException malformed(String where, int status, RerankDialect dialect, String what, Throwable cause) {
        return new ProviderException(ErrorKind.MALFORMED_RESPONSE, PROVIDER, status, "reranker at " + where
                + " answered with a body that " + what + "; check that reranker dialect '" + dialect.wire()
                + "' is the one the server speaks", null, cause);
    }

    static ProviderException timeout(String where, Duration limit, Throwable cause) {
        return new ProviderException(ErrorKind.TIMEOUT, PROVIDER, 0, "reranker at " + where + " did not answer within "
                + limit.toMillis() + "ms; raise the reranker timeout or rerank fewer candidates", null, cause);
    }

    /** Transport failures (connection, timeout) keep their kind; the message says it was the reranker. */
    static ProviderException transport(GantryException e) {
        if (e instanceof ProviderException p) return p;
        return new ProviderException(e.kind(), PROVIDER, 0, "reranker: " + e.getMessage(), e.retryAfter(), e);
    }

    static ErrorKind kindFor(int status) {
        return switch (status) {
            case 400, 422 -> ErrorKind.INVALID_REQUEST;
            case 401 -> ErrorKind.AUTHENTICATION;
            case 403 -> ErrorKind.PERMISSION;
            case 404 -> ErrorKind.NOT_FOUND;
            case 408 -> ErrorKind.TIMEOUT;
            case 413 -> ErrorKind.PAYLOAD_TOO_LARGE;
            case 429 -> ErrorKind.RATE_LIMITED;
            case 503, 529 -> ErrorKind.UPSTREAM_UNAVAILABLE;
            default -> status >= 400 && status < 500 ? ErrorKind.INVALID_REQUEST : ErrorKind.UPSTREAM_ERROR;
        };
    }

    /** TEI {"error": "..."}, vLLM and Cohere {"message": "..."}, OpenAI-style {"error": {"message": "..."}}, or text. */
    private static String upstreamMessage(byte[] body) {
        if (body == null || body.length == 0) return null;
        try {
            JsonNode root = JSON.readTree(body);
            if (root != null && root.isObject()) {
                JsonNode error = root.path("error");
                if (error.isTextual()) return error.asText();
                if (error.path("message").isTextual()) return error.path("message").asText();
                if (root.path("message").isTextual()) return root.path("message").asText();
                if (root.path("detail").isTextual()) return root.path("detail").asText();
            }
        } catch (IOException e) {
            // not JSON (a proxy's HTML page): the text itself is the message
        }
        return new String(body, StandardCharsets.UTF_8);
    }

    private static String describe(String message) {
        String m = message == null ? "" : clean(message);
        return m.isEmpty() ? " with no error message" : ": " + m;
    }

    static String clean(String message) {
        String m = SECRET.matcher(message).replaceAll("sk-***");
        m = BEARER.matcher(m).replaceAll("Bearer ***");
        m = m.replaceAll("\\s+", " ").strip();
        return m.length() <= MAX_MESSAGE_CHARS ? m : m.substring(0, MAX_MESSAGE_CHARS) + "…";
    }

    private static Duration retryAfterSeconds(String value) {
        if (value == null) return null;
        try {
            long seconds = Long.parseLong(value.strip());
            return seconds >= 0 ? Duration.ofSeconds(seconds) : null;
        } catch (NumberFormatException e) {
            return null; // an HTTP date: rare from inference servers, and the caller backs off anyway
        }
    }
}
