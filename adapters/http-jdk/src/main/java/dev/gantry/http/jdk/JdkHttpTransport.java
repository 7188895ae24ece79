package dev.gantry.http.jdk;

import dev.gantry.core.error.ErrorKind;
import dev.gantry.core.error.GantryException;
import dev.gantry.core.http.HttpCall;
import dev.gantry.core.http.HttpReply;
import dev.gantry.core.http.HttpTransport;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * {@link HttpTransport} on the JDK's {@link HttpClient}: HTTP/1.1 by default (what most inference servers
 * speak best), virtual threads for the client's own work, bodies streamed as they arrive.
 *
 * <p>The JDK client fixes its connect timeout per client, not per request, so one client is kept per
 * distinct connect timeout (in practice one or two); they share the executor.
 */
public final class JdkHttpTransport implements HttpTransport {
    static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);

    /** Headers the JDK client sets itself and refuses from callers. */
    private static final Set<String> RESTRICTED = Set.of("connection", "content-length", "expect", "host", "upgrade");

    private final HttpClient.Version version;
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    private final Map<Duration, HttpClient> clients = new ConcurrentHashMap<>();
    private volatile boolean closed;

    /** An HTTP/1.1 transport. */
    public JdkHttpTransport() {
        this(HttpClient.Version.HTTP_1_1);
    }

    /** @param version HTTP_1_1, or HTTP_2 to negotiate HTTP/2 (ALPN over TLS, upgrade otherwise) */
    public JdkHttpTransport(HttpClient.Version version) {
        this.version = version;
    }

    @Override
    public HttpReply send(HttpCall call) {
        if (closed) {
            throw new GantryException(ErrorKind.CANCELLED, "call to " + Endpoints.hostPort(call.uri())
                    + " was refused: the HTTP transport is closed (the gateway is shutting down)");
        }
        HttpRequest request = request(call);
        long started = System.nanoTime();
        try {
            HttpResponse<InputStream> response = client(call.connectTimeout())
                    .send(request, HttpResponse.BodyHandlers.ofInputStream());
            return new JdkHttpReply(response);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GantryException(ErrorKind.CANCELLED,
                    "call to " + Endpoints.hostPort(call.uri()) + " was cancelled before it answered", e);
        } catch (IOException e) {
            throw TransportFailures.map(call, e, Duration.ofNanos(System.nanoTime() - started));
        }
    }

    private HttpClient client(Duration connectTimeout) {
        Duration timeout = connectTimeout == null ? DEFAULT_CONNECT_TIMEOUT : connectTimeout;
        return clients.computeIfAbsent(timeout, t -> HttpClient.newBuilder()
                .version(version)
                .connectTimeout(t)
                .followRedirects(HttpClient.Redirect.NEVER)
                .executor(executor)
                .build());
    }

    private static HttpRequest request(HttpCall call) {
        HttpRequest.BodyPublisher body = call.body() == null
                ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(call.body());
        HttpRequest.Builder b;
        try {
            b = HttpRequest.newBuilder(call.uri()).method(call.method(), body);
        } catch (IllegalArgumentException e) {
            throw new GantryException(ErrorKind.INTERNAL, "upstream address " + Endpoints.hostPort(call.uri())
                    + " is not a usable http(s) URL; fix the provider's base-url", e);
        }
        if (call.responseTimeout() != null) b.timeout(call.responseTimeout());
        call.headers().forEach((name, value) -> {
            if (!RESTRICTED.contains(name.toLowerCase(Locale.ROOT))) b.header(name, value);
        });
        return b.build();
    }

    /** Stops every client: in-flight calls fail, pooled connections close. */
    @Override
    public void close() {
        closed = true;
        clients.values().forEach(HttpClient::shutdownNow);
        clients.clear();
        executor.shutdownNow();
    }
}
