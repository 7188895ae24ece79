package dev.gantry.provider.gemini;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.gantry.core.error.ErrorKind;
import dev.gantry.core.error.ProviderException;
import dev.gantry.provider.gemini.internal.GeminiJson;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The one place mapping Gemini failures ({@code {"error":{"code","message","status","details"}}}) to
 * {@link ErrorKind}s. The upstream message is kept (it names the bad field) but cut short, and anything
 * shaped like a Google API key is masked.
 */
public final class GeminiErrors {
    private static final Pattern GOOGLE_API_KEY = Pattern.compile("AIza[0-9A-Za-z_\\-]{20,}");
    private static final int MAX_UPSTREAM_MESSAGE = 300;

    private GeminiErrors() {
    }

    /** An error reply: {@code retryAfterHeader} is the Retry-After header value, or null. */
    public static ProviderException fromReply(String provider, int status, byte[] body, String retryAfterHeader) {
        return fromError(provider, status, errorNode(body), retryAfterHeader);
    }

    /** An {@code error} object, as Gemini also sends inside a stream that fails after it started. */
    public static ProviderException fromError(String provider, int status, JsonNode error, String retryAfterHeader) {
        int code = status > 0 ? status : error.path("code").asInt(500);
        String grpcStatus = GeminiJson.text(error, "status");
        String message = GeminiJson.text(error, "message");
        ErrorKind kind = kind(code, message, error.path("details"));
        Duration retryAfter = kind == ErrorKind.RATE_LIMITED || code >= 500
                ? retryAfter(retryAfterHeader, error.path("details")) : null;
        return new ProviderException(kind, provider, code, describe(provider, code, grpcStatus, message, kind),
                retryAfter, null);
    }

    static ErrorKind kind(int status, String message, JsonNode details) {
        return switch (status) {
            case 400 -> badRequestKind(message, details);
            case 401, 403 -> ErrorKind.AUTHENTICATION;
            case 404 -> ErrorKind.NOT_FOUND;
            case 408, 504 -> ErrorKind.TIMEOUT;
            case 413 -> ErrorKind.PAYLOAD_TOO_LARGE;
            case 429 -> ErrorKind.RATE_LIMITED;
            case 503 -> ErrorKind.UPSTREAM_UNAVAILABLE;
            default -> status >= 500 || status == 499 ? ErrorKind.UPSTREAM_ERROR : ErrorKind.INVALID_REQUEST;
        };
    }

    /** Gemini answers a bad API key with 400 INVALID_ARGUMENT, reason API_KEY_INVALID. */
    private static ErrorKind badRequestKind(String message, JsonNode details) {
        String m = message == null ? "" : message.toLowerCase(Locale.ROOT);
        if (m.contains("api key not valid") || hasReason(details, "API_KEY_INVALID")) return ErrorKind.AUTHENTICATION;
        if (m.contains("exceeds the maximum number of tokens")) return ErrorKind.CONTEXT_LENGTH_EXCEEDED;
        return ErrorKind.INVALID_REQUEST;
    }

    private static boolean hasReason(JsonNode details, String reason) {
        for (JsonNode d : details) {
            if (reason.equals(GeminiJson.text(d, "reason"))) return true;
        }
        return false;
    }

    /** The Retry-After header wins; else google.rpc.RetryInfo's retryDelay ("30s", "1.5s"). */
    static Duration retryAfter(String header, JsonNode details) {
        Duration fromHeader = parseRetryAfterHeader(header);
        if (fromHeader != null) return fromHeader;
        for (JsonNode d : details) {
            String delay = GeminiJson.text(d, "retryDelay");
            if (delay != null) return parseProtoDuration(delay);
        }
        return null;
    }

    private static Duration parseRetryAfterHeader(String header) {
        if (header == null || header.isBlank()) return null;
        String h = header.strip();
        try {
            return Duration.ofSeconds(Long.parseLong(h));
        } catch (NumberFormatException notSeconds) {
            try {
                Duration d = Duration.between(ZonedDateTime.now(), ZonedDateTime.parse(h, DateTimeFormatter.RFC_1123_DATE_TIME));
                return d.isNegative() ? Duration.ZERO : d;
            } catch (RuntimeException notADate) {
                return null;
            }
        }
    }

    private static Duration parseProtoDuration(String delay) {
        if (!delay.endsWith("s")) return null;
        try {
            BigDecimal seconds = new BigDecimal(delay.substring(0, delay.length() - 1));
            return Duration.ofMillis(seconds.movePointRight(3).longValue());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static JsonNode errorNode(byte[] body) {
        if (body == null || body.length == 0) return MissingNode.getInstance();
        try {
            JsonNode root = GeminiJson.MAPPER.readTree(body);
            if (root != null && root.isArray()) root = root.path(0); // the non-SSE stream form wraps it in an array
            return root == null ? MissingNode.getInstance() : root.path("error");
        } catch (IOException notJson) {
            return MissingNode.getInstance(); // e.g. an HTML page from a proxy: the status says enough
        }
    }

    private static String describe(String provider, int code, String grpcStatus, String message, ErrorKind kind) {
        StringBuilder sb = new StringBuilder("Gemini provider '").append(provider).append("' answered ").append(code);
        if (grpcStatus != null) sb.append(' ').append(grpcStatus);
        if (message != null && !message.isBlank()) sb.append(": ").append(clean(message));
        return sb.append("; ").append(fix(kind)).toString();
    }

    private static String clean(String message) {
        String m = GOOGLE_API_KEY.matcher(message.strip()).replaceAll("AIza***");
        return m.length() <= MAX_UPSTREAM_MESSAGE ? m : m.substring(0, MAX_UPSTREAM_MESSAGE) + "...";
    }

    private static String fix(ErrorKind kind) {
        return switch (kind) {
            case AUTHENTICATION -> "check the provider's api-key and that it may use this model";
            case CONTEXT_LENGTH_EXCEEDED -> "shorten the conversation or pick a model with a larger context";
            case NOT_FOUND -> "check the model name (e.g. gemini-2.5-flash) and the provider's base-url";
            case RATE_LIMITED -> "retry after the delay, or raise the Gemini quota";
            case TIMEOUT, UPSTREAM_ERROR, UPSTREAM_UNAVAILABLE -> "retry later or fall back to another provider";
            case PAYLOAD_TOO_LARGE -> "send less content, e.g. smaller images";
            default -> "fix the request as the message says";
        };
    }
}
