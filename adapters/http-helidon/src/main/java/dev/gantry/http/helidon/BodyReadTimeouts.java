package dev.gantry.http.helidon;

import io.helidon.webclient.api.ClientConnection;
import io.helidon.webclient.api.WebClientServiceRequest;
import io.helidon.webclient.api.WebClientServiceResponse;
import io.helidon.webclient.spi.WebClientService;
import java.io.UncheckedIOException;
import java.time.Duration;

/**
 * Re-times the socket once the status and headers are in. Helidon applies a request's read timeout to the
 * socket, so it would also cut a token stream that pauses for longer than responseTimeout; the port promises
 * that limit only for the wait for headers (callers bound bodies themselves). Helidon's pool also reads the
 * socket timeout as how long a pooled connection may idle, and treats 0 as "drop it after ~100 ms", so:
 * while a body streams the timeout is practically unlimited, and once it ended (before Helidon pools the
 * connection) it becomes the idle lifetime.
 */
final class BodyReadTimeouts implements WebClientService {
    /** How long a kept-alive connection may idle in the pool: Helidon's and the JDK client's default. */
    private static final Duration IDLE_LIFETIME = Duration.ofSeconds(30);
    private static final Duration WHILE_STREAMING = Duration.ofMillis(Integer.MAX_VALUE);

    @Override
    public WebClientServiceResponse handle(Chain chain, WebClientServiceRequest request) {
        WebClientServiceResponse response = chain.proceed(request);
        if (response.connection() instanceof ClientConnection connection) {
            if (response.inputStream().isEmpty()) {
                retime(connection, IDLE_LIFETIME); // no body: the next thing this socket does is idle
            } else {
                retime(connection, WHILE_STREAMING);
                // runs on the reading thread when the body ended, before the connection goes back to the pool
                response.whenComplete().whenComplete((done, failure) -> retime(connection, IDLE_LIFETIME));
            }
        }
        return response;
    }

    private static void retime(ClientConnection connection, Duration timeout) {
        try {
            connection.readTimeout(timeout);
        } catch (IllegalStateException | UncheckedIOException e) {
            // closed meanwhile (an aborted body): nothing left to time
        }
    }
}
