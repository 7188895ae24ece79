package dev.gantry.core.chat;

import java.time.Duration;

/**
 * Per-attempt settings a caller hands to an adapter.
 *
 * @param connectTimeout  TCP/TLS connect limit
 * @param responseTimeout limit to the response headers (streaming) or the whole body (non-streaming)
 * @param requestId       the gateway's request id, forwarded upstream for correlation
 */
public record CallOptions(Duration connectTimeout, Duration responseTimeout, String requestId) {
    public static final CallOptions DEFAULT = new CallOptions(Duration.ofSeconds(10), Duration.ofSeconds(120), null);
}
