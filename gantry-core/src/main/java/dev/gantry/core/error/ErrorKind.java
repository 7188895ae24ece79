package dev.gantry.core.error;

/**
 * What went wrong, split by what the caller can do about it. Each kind maps to one client status and
 * one OpenAI error type here, in one place; {@link #retriable()} drives retry and fallback.
 */
public enum ErrorKind {
    INVALID_REQUEST(400, "invalid_request_error", false),
    CONTEXT_LENGTH_EXCEEDED(400, "invalid_request_error", false),
    AUTHENTICATION(401, "authentication_error", false),
    PERMISSION(403, "permission_error", false),
    NOT_FOUND(404, "not_found_error", false),
    CONFLICT(409, "invalid_request_error", false),
    PAYLOAD_TOO_LARGE(413, "invalid_request_error", false),
    /** A guardrail blocked the request or the answer; the message names the rule, never the matched value. */
    CONTENT_FILTER(400, "invalid_request_error", false),
    RATE_LIMITED(429, "rate_limit_error", true),
    BUDGET_EXCEEDED(429, "insufficient_quota", false),
    TIMEOUT(504, "timeout_error", true),
    CONNECTION(502, "api_connection_error", true),
    UPSTREAM_UNAVAILABLE(503, "api_error", true),
    UPSTREAM_ERROR(502, "api_error", true),
    MALFORMED_RESPONSE(502, "api_error", true),
    NO_PROVIDER(503, "api_error", false),
    CANCELLED(499, "api_error", false),
    INTERNAL(500, "api_error", false);

    private final int httpStatus;
    private final String openAiType;
    private final boolean retriable;

    ErrorKind(int httpStatus, String openAiType, boolean retriable) {
        this.httpStatus = httpStatus;
        this.openAiType = openAiType;
        this.retriable = retriable;
    }

    public int httpStatus() {
        return httpStatus;
    }

    public String openAiType() {
        return openAiType;
    }

    /** Worth another attempt, on the same target after a backoff or on a fallback. */
    public boolean retriable() {
        return retriable;
    }

    /** snake_case code for error bodies and the ledger. */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
