package dev.gantry.provider.anthropic;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gantry.core.error.ErrorKind;
import dev.gantry.core.error.ProviderException;
import dev.gantry.provider.anthropic.internal.Json;
import dev.gantry.provider.anthropic.internal.RetryAfter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The one place where Anthropic's failures (an HTTP error status with its body, or an {@code error} event in a
 * stream) become {@link ProviderException}s, and where {@link ErrorKind}s become Anthropic error types.
 */
public final class AnthropicErrors {
    static final int MAX_MESSAGE_CHARS = 300;

    private AnthropicErrors() {
    }

    /**
     * @param retryAfter the Retry-After header value (seconds or an HTTP date), or null
     */
    public static ProviderException fromResponse(String provider, int status, byte[] body, String retryAfter) {
        String message = upstreamMessage(body);
        ErrorKind kind = kindOf(status, message);
        return new ProviderException(kind, provider, status,
                "provider '" + provider + "' answered " + status + ": " + message, RetryAfter.parse(retryAfter), null);
    }

    /** An {@code event: error} received after the stream started (HTTP status 200 then). */
    public static ProviderException fromStreamError(String provider, String data) {
        JsonNode error = parseOrNull(data == null ? null : data.getBytes(StandardCharsets.UTF_8)).path("error");
        String type = error.path("type").asText("api_error");
        String message = shorten(error.path("message").asText(type));
        int status = statusOf(type);
        return new ProviderException(kindOf(status, message), provider, status,
                "provider '" + provider + "' failed mid-stream with " + type + ": " + message, null, null);
    }

    /** Anthropic's error type for each kind, used when Gantry answers an Anthropic-dialect client. */
    public static String errorType(ErrorKind kind) {
        return switch (kind) {
            case INVALID_REQUEST, CONTEXT_LENGTH_EXCEEDED, CONTENT_FILTER -> "invalid_request_error";
            case AUTHENTICATION -> "authentication_error";
            case PERMISSION -> "permission_error";
            case NOT_FOUND -> "not_found_error";
            case PAYLOAD_TOO_LARGE -> "request_too_large";
            case RATE_LIMITED, BUDGET_EXCEEDED -> "rate_limit_error";
            case UPSTREAM_UNAVAILABLE -> "overloaded_error";
            default -> "api_error";
        };
    }

    static ErrorKind kindOf(int status, String message) {
        return switch (status) {
            case 400 -> isContextLength(message) ? ErrorKind.CONTEXT_LENGTH_EXCEEDED : ErrorKind.INVALID_REQUEST;
            case 401 -> ErrorKind.AUTHENTICATION;
            case 402, 403 -> ErrorKind.PERMISSION; // 402: billing_error, an account problem no retry fixes
            case 404 -> ErrorKind.NOT_FOUND;
            case 408, 504 -> ErrorKind.TIMEOUT;
            case 413 -> ErrorKind.PAYLOAD_TOO_LARGE;
            case 429 -> ErrorKind.RATE_LIMITED;
            case 503, 529 -> ErrorKind.UPSTREAM_UNAVAILABLE;
            default -> status >= 500 ? ErrorKind.UPSTREAM_ERROR : ErrorKind.INVALID_REQUEST;
        };
    }

    private static boolean isContextLength(String message) {
        String m = message.toLowerCase(Locale.ROOT);
        return m.contains("prompt is too long") || m.contains("exceed context limit")
                || m.contains("context window");
    }

    private static int statusOf(String type) {
        return switch (type) {
            case "invalid_request_error" -> 400;
            case "authentication_error" -> 401;
            case "billing_error" -> 402;
            case "permission_error" -> 403;
            case "not_found_error" -> 404;
            case "request_too_large" -> 413;
            case "rate_limit_error" -> 429;
            case "timeout_error" -> 504;
            case "overloaded_error" -> 529;
            default -> 500;
        };
    }

    /** error.message of Anthropic's error body, else the body's text; at most 300 characters. */
    static String upstreamMessage(byte[] body) {
        if (body == null || body.length == 0) return "(empty body)";
        JsonNode message = parseOrNull(body).path("error").path("message");
        String text = message.isTextual() ? message.textValue() : new String(body, StandardCharsets.UTF_8).strip();
        return shorten(text.isEmpty() ? "(empty body)" : text);
    }

    private static String shorten(String text) {
        return text.length() <= MAX_MESSAGE_CHARS ? text : text.substring(0, MAX_MESSAGE_CHARS) + "...";
    }

    private static JsonNode parseOrNull(byte[] body) {
        if (body == null) return Json.MAPPER.missingNode();
        try {
            JsonNode node = Json.MAPPER.readTree(body);
            return node == null ? Json.MAPPER.missingNode() : node;
        } catch (IOException e) {
            return Json.MAPPER.missingNode();
        }
    }
}
