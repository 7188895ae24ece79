package dev.gantry.core.error;

import java.time.Duration;

/**
 * A failure reported by (or while talking to) an upstream provider. {@code upstreamStatus} is 0 when no
 * HTTP response was received (connection failure, timeout, cut stream).
 */
public class ProviderException extends GantryException {
    private final String provider;
    private final int upstreamStatus;

    public ProviderException(ErrorKind kind, String provider, int upstreamStatus, String message,
                             Duration retryAfter, Throwable cause) {
        super(kind, message, null, retryAfter, cause);
        this.provider = provider;
        this.upstreamStatus = upstreamStatus;
    }

    public String provider() {
        return provider;
    }

    public int upstreamStatus() {
        return upstreamStatus;
    }
}
