package dev.gantry.gateway.route;

import java.time.Duration;

/**
 * Per-attempt limits. connect: TCP/TLS; firstToken: from sending the request to the first streamed token
 * (non-streaming calls use total); total: the whole attempt, stream included.
 * Defaults: connect 5s, first-token 30s, total 600s.
 */
public record Timeouts(Duration connect, Duration firstToken, Duration total) {
    public static final Timeouts DEFAULT = new Timeouts(Duration.ofSeconds(5), Duration.ofSeconds(30),
            Duration.ofSeconds(600));
}
