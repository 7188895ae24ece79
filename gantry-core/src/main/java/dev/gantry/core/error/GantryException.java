package dev.gantry.core.error;

import java.time.Duration;

/**
 * The one unchecked exception of Gantry. {@link #getMessage()} is safe to show to a client: it names the
 * value, the rule and the fix, and never contains secrets or internal details (those go in the cause).
 */
public class GantryException extends RuntimeException {
    private final ErrorKind kind;
    private final String param;
    private final Duration retryAfter;

    public GantryException(ErrorKind kind, String message) {
        this(kind, message, null, null, null);
    }

    public GantryException(ErrorKind kind, String message, Throwable cause) {
        this(kind, message, null, null, cause);
    }

    public GantryException(ErrorKind kind, String message, String param, Duration retryAfter, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.param = param;
        this.retryAfter = retryAfter;
    }

    public static GantryException invalid(String param, String message) {
        return new GantryException(ErrorKind.INVALID_REQUEST, message, param, null, null);
    }

    public ErrorKind kind() {
        return kind;
    }

    /** The request parameter at fault, when there is one (OpenAI's error.param). */
    public String param() {
        return param;
    }

    /** How long the upstream or a limit asked us to wait, when known. */
    public Duration retryAfter() {
        return retryAfter;
    }
}
