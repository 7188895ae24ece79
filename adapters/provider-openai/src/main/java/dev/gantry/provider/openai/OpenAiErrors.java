package dev.gantry.provider.openai;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gantry.core.error.ErrorKind;
import dev.gantry.core.error.ProviderException;
import dev.gantry.provider.openai.internal.ErrorCodec.UpstreamError;
import dev.gantry.provider.openai.internal.Json;
import dev.gantry.provider.openai.internal.RetryAfter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The one place an OpenAI-dialect upstream's failure (status + error body, or an error event in a stream)
 * becomes a {@link ProviderException}. Upstream messages are relayed, trimmed, with anything shaped like
 * an API key masked.
 */
public final class OpenAiErrors {
    static final int MAX_MESSAGE_CHARS = 300;
    private static final Pattern SECRET = Pattern.compile("sk-[A-Za-z0-9_*\\-]{3,}");
    private static final Pattern BEARER = Pattern.compile("(?i)bearer\\s+[A-Za-z0-9._~+/=\\-]{8,}");
    private static final Pattern CONTEXT = Pattern.compile(
            "(?i)maximum context length|context length|context window|context size");

    private OpenAiErrors() {
    }

    /** @param headers header lookup by case-insensitive name (for Retry-After) */
    public static ProviderException fromResponse(String provider, int status, byte[] body,
                                                 Function<String, Optional<String>> headers, Instant now) {
        JsonNode root = parseQuietly(body);
        UpstreamError err = UpstreamError.of(root);
        String message = err.message() != null ? err.message()
                : root == null ? new String(body, StandardCharsets.UTF_8) : null;
        Duration retryAfter = RetryAfter.parse(headers.apply("retry-after-ms").orElse(null),
                headers.apply("retry-after").orElse(null), now);
        return new ProviderException(kindForStatus(status, err), provider, status,
                "provider '" + provider + "' answered " + status + describe(message), retryAfter, null);
    }

    /** An {"error":...} object met where an answer was expected: in a stream, or in a 2xx body. */
    static ProviderException fromErrorObject(String provider, JsonNode root, String where) {
        UpstreamError err = UpstreamError.of(root);
        int status = statusIn(err.code());
        ErrorKind kind = status > 0 ? kindForStatus(status, err) : kindForType(err);
        return new ProviderException(kind, provider, status, "provider '" + provider + "' reported an error "
                + where + describe(err.message()), null, null);
    }

    static ErrorKind kindForStatus(int status, UpstreamError err) {
        return switch (status) {
            case 400, 422 -> isContextLength(err) ? ErrorKind.CONTEXT_LENGTH_EXCEEDED : ErrorKind.INVALID_REQUEST;
            case 413 -> isContextLength(err) ? ErrorKind.CONTEXT_LENGTH_EXCEEDED : ErrorKind.PAYLOAD_TOO_LARGE;
            case 401 -> ErrorKind.AUTHENTICATION;
            case 403 -> ErrorKind.PERMISSION;
            case 404 -> ErrorKind.NOT_FOUND;
            case 408 -> ErrorKind.TIMEOUT;
            case 429 -> ErrorKind.RATE_LIMITED;
            case 503, 529 -> ErrorKind.UPSTREAM_UNAVAILABLE;
            default -> status >= 400 && status < 500 ? ErrorKind.INVALID_REQUEST : ErrorKind.UPSTREAM_ERROR;
        };
    }

    private static ErrorKind kindForType(UpstreamError err) {
        String what = (err.type() + " " + err.code()).toLowerCase(java.util.Locale.ROOT);
        if (what.contains("rate_limit")) return ErrorKind.RATE_LIMITED;
        if (isContextLength(err)) return ErrorKind.CONTEXT_LENGTH_EXCEEDED;
        if (what.contains("overloaded") || what.contains("unavailable")) return ErrorKind.UPSTREAM_UNAVAILABLE;
        if (what.contains("invalid_request")) return ErrorKind.INVALID_REQUEST;
        if (what.contains("authentication")) return ErrorKind.AUTHENTICATION;
        return ErrorKind.UPSTREAM_ERROR;
    }

    private static boolean isContextLength(UpstreamError err) {
        return "context_length_exceeded".equals(err.code()) || "exceed_context_size_error".equals(err.type())
                || (err.message() != null && CONTEXT.matcher(err.message()).find());
    }

    /** vLLM and others put the HTTP status in error.code. */
    private static int statusIn(String code) {
        if (code == null || code.length() != 3) return 0;
        try {
            int s = Integer.parseInt(code);
            return s >= 400 && s <= 599 ? s : 0;
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static String describe(String upstreamMessage) {
        String m = upstreamMessage == null ? "" : clean(upstreamMessage);
        return m.isEmpty() ? " with no error message" : ": " + m;
    }

    /** Masks key-shaped strings, folds whitespace, trims to {@value #MAX_MESSAGE_CHARS} characters. */
    static String clean(String message) {
        String m = SECRET.matcher(message).replaceAll("sk-***");
        m = BEARER.matcher(m).replaceAll("Bearer ***");
        m = m.replaceAll("\\s+", " ").strip();
        if (m.length() <= MAX_MESSAGE_CHARS) return m;
        int end = Character.isHighSurrogate(m.charAt(MAX_MESSAGE_CHARS - 1)) ? MAX_MESSAGE_CHARS - 1 : MAX_MESSAGE_CHARS;
        return m.substring(0, end) + "…";
    }

    private static JsonNode parseQuietly(byte[] body) {
        if (body.length == 0) return null;
        try {
            return Json.parseUpstream(body);
        } catch (IOException e) {
            return null; // not JSON (an HTML page from a proxy): the raw text is the message
        }
    }
}
