package dev.gantry.http.helidon;

import dev.gantry.core.error.ErrorKind;
import dev.gantry.core.error.GantryException;
import dev.gantry.core.http.HttpCall;
import dev.gantry.core.http.HttpReply;
import dev.gantry.core.http.HttpTransport;
import io.helidon.http.HeaderNames;
import io.helidon.http.Method;
import io.helidon.webclient.http1.Http1Client;
import io.helidon.webclient.http1.Http1ClientRequest;
import io.helidon.webclient.http1.Http1ClientResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@link HttpTransport} on Helidon WebClient's blocking HTTP/1.1 client, made for virtual threads: the
 * calling thread writes the request and reads the answer itself, with no hand-off to another executor.
 * Kept-alive connections are pooled per host; bodies stream as they arrive; redirects are not followed;
 * no proxy; TCP_NODELAY on.
 *
 * <p>{@code responseTimeout} limits each socket read until the status line and headers are in (Helidon's
 * read timeout), then is lifted, so a slow stream is bounded by its caller, not here. Helidon fixes the
 * connect timeout per client, so one client is kept per distinct connect timeout (in practice one or two).
 *
 * <p>Interrupting a virtual thread blocked in {@link #send} cancels the call; a platform thread blocked in
 * a socket read does not react to interrupts (a JDK rule), so there only the timeouts end the wait.
 */
public final class HelidonHttpTransport implements HttpTransport {
    static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);

    /** Headers the client sets itself from the call (or must not receive from one); sending both would corrupt it. */
    private static final Set<String> RESTRICTED =
            Set.of("connection", "content-length", "expect", "host", "transfer-encoding", "upgrade");

    private final Map<Duration, Http1Client> clients = new ConcurrentHashMap<>();
    /** Replies whose body is unfinished, aborted when the transport closes. */
    private final Set<HelidonHttpReply> open = ConcurrentHashMap.newKeySet();
    private volatile boolean closed;

    /** An HTTP/1.1 transport with its own connection pool. */
    public HelidonHttpTransport() {
    }

    @Override
    public HttpReply send(HttpCall call) {
        if (closed) throw refused(call);
        Http1ClientRequest request = request(call);
        Http1ClientResponse response;
        try {
            response = call.body() == null ? request.request() : request.submit(call.body());
        } catch (RuntimeException e) {
            throw closed ? refused(call) : TransportFailures.map(call, e);
        }
        return track(new HelidonHttpReply(response, Endpoints.hostPort(call.uri()), open::remove), call);
    }

    private HttpReply track(HelidonHttpReply reply, HttpCall call) {
        open.add(reply);
        if (closed) { // close() ran while this call was in flight and could not see the reply
            reply.close();
            throw refused(call);
        }
        return reply;
    }

    private Http1ClientRequest request(HttpCall call) {
        Duration connect = call.connectTimeout() == null ? DEFAULT_CONNECT_TIMEOUT : call.connectTimeout();
        Http1ClientRequest request = client(connect)
                .method(method(call))
                .uri(Endpoints.clientUri(call.uri()))
                .readTimeout(ReadTimeouts.forSocket(call.responseTimeout()));
        call.headers().forEach((name, value) -> {
            if (RESTRICTED.contains(name.toLowerCase(Locale.ROOT))) return;
            request.header(HeaderNames.create(name), HeaderRules.checked(call.uri(), name, value));
        });
        return request;
    }

    private Http1Client client(Duration connectTimeout) {
        return clients.computeIfAbsent(ReadTimeouts.forSocket(connectTimeout), HelidonClients::create);
    }

    private static Method method(HttpCall call) {
        try {
            return Method.create(call.method());
        } catch (RuntimeException e) {
            throw new GantryException(ErrorKind.INTERNAL, "HTTP method '" + call.method() + "' for "
                    + Endpoints.hostPort(call.uri()) + " is not a valid method name", e);
        }
    }

    private static GantryException refused(HttpCall call) {
        return new GantryException(ErrorKind.CANCELLED, "call to " + Endpoints.hostPort(call.uri())
                + " was refused: the HTTP transport is closed (the gateway is shutting down)");
    }

    /** Refuses new calls, aborts bodies still streaming and closes pooled connections. */
    @Override
    public void close() {
        closed = true;
        open.forEach(HelidonHttpReply::close);
        clients.values().forEach(Http1Client::closeResource);
        clients.clear();
    }
}
