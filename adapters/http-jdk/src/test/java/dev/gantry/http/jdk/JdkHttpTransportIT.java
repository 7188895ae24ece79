package dev.gantry.http.jdk;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import dev.gantry.core.error.ErrorKind;
import dev.gantry.core.error.GantryException;
import dev.gantry.core.http.HttpCall;
import dev.gantry.core.http.HttpReply;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JdkHttpTransportIT {
    private static final Duration CONNECT = Duration.ofSeconds(5);
    private static final Duration RESPONSE = Duration.ofSeconds(30);

    private HttpServer server;
    private JdkHttpTransport transport;
    private final CountDownLatch release = new CountDownLatch(1);
    private final AtomicReference<HttpExchange> seen = new AtomicReference<>();
    private final AtomicReference<String> seenBody = new AtomicReference<>();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        transport = new JdkHttpTransport();
    }

    @AfterEach
    void stop() {
        release.countDown();
        transport.close();
        server.stop(0);
    }

    private URI serve(String path, HttpHandler handler) {
        server.createContext(path, handler);
        server.start();
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    private HttpReply post(URI uri, Map<String, String> headers, String body, Duration responseTimeout) {
        return transport.send(HttpCall.postJson(uri, headers, body.getBytes(UTF_8), CONNECT, responseTimeout));
    }

    private static void respond(HttpExchange ex, int status, String body) throws IOException {
        byte[] b = body.getBytes(UTF_8);
        ex.getResponseHeaders().add("x-answer", "42");
        ex.sendResponseHeaders(status, b.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(b);
        }
    }

    /** Sends headers and a first piece at once, the rest only when the test releases it. */
    private HttpHandler twoPieces() {
        return ex -> {
            ex.sendResponseHeaders(200, 0);
            OutputStream out = ex.getResponseBody();
            out.write("first|".getBytes(UTF_8));
            out.flush();
            try {
                release.await();
                out.write("second".getBytes(UTF_8));
            } catch (InterruptedException | IOException ignored) {
                // the client went away: what the abort test wants
            } finally {
                ex.close();
            }
        };
    }

    @Test
    void should_send_method_headers_and_body_and_return_status_headers_and_body() {
        URI uri = serve("/v1/echo", ex -> {
            seen.set(ex);
            seenBody.set(new String(ex.getRequestBody().readAllBytes(), UTF_8));
            respond(ex, 201, "{\"ok\":true}");
        });

        try (HttpReply reply = post(uri, Map.of("authorization", "Bearer k", "x-request-id", "r-1"), "{\"a\":1}", RESPONSE)) {
            assertThat(reply.status()).isEqualTo(201);
            assertThat(reply.header("X-Answer")).contains("42");
            assertThat(new String(reply.readAll(), UTF_8)).isEqualTo("{\"ok\":true}");
        }
        assertThat(seen.get().getRequestMethod()).isEqualTo("POST");
        assertThat(seen.get().getRequestHeaders().getFirst("authorization")).isEqualTo("Bearer k");
        assertThat(seen.get().getRequestHeaders().getFirst("x-request-id")).isEqualTo("r-1");
        assertThat(seen.get().getRequestHeaders().getFirst("content-type")).isEqualTo("application/json");
        assertThat(seenBody.get()).isEqualTo("{\"a\":1}");
    }

    @Test
    void should_speak_http_1_1_without_an_upgrade_attempt_by_default() {
        URI uri = serve("/", ex -> {
            seen.set(ex);
            respond(ex, 200, "ok");
        });

        post(uri, Map.of(), "{}", RESPONSE).readAll();

        assertThat(seen.get().getProtocol()).isEqualTo("HTTP/1.1");
        assertThat(seen.get().getRequestHeaders().containsKey("upgrade")).isFalse();
    }

    @Test
    void should_skip_headers_the_jdk_client_sets_itself_instead_of_failing() {
        URI uri = serve("/", ex -> respond(ex, 200, "ok"));

        HttpReply reply = post(uri, Map.of("Host", "elsewhere", "Content-Length", "999", "x-kept", "yes"), "{}", RESPONSE);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.readAll()).isEqualTo("ok".getBytes(UTF_8));
    }

    @Test
    void should_hand_over_the_body_before_it_is_complete() throws IOException {
        URI uri = serve("/stream", twoPieces());

        try (HttpReply reply = post(uri, Map.of(), "{}", RESPONSE)) {
            byte[] first = reply.body().readNBytes("first|".length());
            assertThat(new String(first, UTF_8)).isEqualTo("first|");
            release.countDown();
            assertThat(new String(reply.body().readAllBytes(), UTF_8)).isEqualTo("second");
        }
    }

    @Test
    void should_unblock_a_pending_read_when_closed_from_another_thread() throws Exception {
        URI uri = serve("/stream", twoPieces());
        HttpReply reply = post(uri, Map.of(), "{}", RESPONSE);
        InputStream body = reply.body();
        body.readNBytes("first|".length());

        CompletableFuture<Throwable> reader = CompletableFuture.supplyAsync(() -> {
            try {
                body.read();
                return null;
            } catch (IOException e) {
                return e;
            }
        }, Executors.newVirtualThreadPerTaskExecutor());
        reply.close();

        assertThat(reader.get(30, TimeUnit.SECONDS)).isInstanceOf(IOException.class);
    }

    @Test
    void should_not_apply_the_response_timeout_to_a_body_still_streaming() throws IOException, InterruptedException {
        URI uri = serve("/stream", twoPieces());
        Duration shortTimeout = Duration.ofMillis(200);

        try (HttpReply reply = post(uri, Map.of(), "{}", shortTimeout)) {
            reply.body().readNBytes("first|".length());
            Thread.sleep(shortTimeout.multipliedBy(3));
            release.countDown();
            assertThat(new String(reply.body().readAllBytes(), UTF_8)).isEqualTo("second");
        }
    }

    @Test
    void should_map_missing_response_headers_to_timeout() {
        URI uri = serve("/stall", ex -> {
            awaitRelease();
            respond(ex, 200, "late");
        });

        assertThatThrownBy(() -> post(uri, Map.of(), "{}", Duration.ofMillis(200)))
                .isInstanceOfSatisfying(GantryException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ErrorKind.TIMEOUT);
                    assertThat(e.getMessage()).contains("127.0.0.1:" + server.getAddress().getPort()).contains("200ms");
                });
    }

    @Test
    void should_map_a_refused_connection_to_connection_naming_host_and_port_but_no_secret() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
            port = s.getLocalPort();
        }
        URI uri = URI.create("http://127.0.0.1:" + port + "/v1/chat?key=sk-secret-query");

        assertThatThrownBy(() -> post(uri, Map.of("authorization", "Bearer sk-secret-header"), "{}", RESPONSE))
                .isInstanceOfSatisfying(GantryException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ErrorKind.CONNECTION);
                    assertThat(e.getMessage()).contains("127.0.0.1:" + port).doesNotContain("sk-secret");
                    assertThat(e.getCause()).isNotNull();
                });
    }

    @Test
    void should_map_an_unknown_host_to_connection_naming_the_host() {
        URI uri = URI.create("http://gantry-no-such-host.invalid/v1");

        assertThatThrownBy(() -> post(uri, Map.of(), "{}", RESPONSE))
                .isInstanceOfSatisfying(GantryException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ErrorKind.CONNECTION);
                    assertThat(e.getMessage()).contains("gantry-no-such-host.invalid:80");
                });
    }

    @Test
    void should_map_an_interrupted_call_to_cancelled() throws Exception {
        CountDownLatch arrived = new CountDownLatch(1);
        URI uri = serve("/stall", ex -> {
            arrived.countDown();
            awaitRelease();
            respond(ex, 200, "late");
        });
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread caller = Thread.ofVirtual().start(() -> {
            try {
                post(uri, Map.of(), "{}", RESPONSE);
            } catch (Throwable t) {
                failure.set(t);
            }
        });

        assertThat(arrived.await(30, TimeUnit.SECONDS)).isTrue();
        caller.interrupt();
        caller.join(Duration.ofSeconds(30));

        assertThat(failure.get()).isInstanceOfSatisfying(GantryException.class,
                e -> assertThat(e.kind()).isEqualTo(ErrorKind.CANCELLED));
    }

    @Test
    void should_refuse_calls_once_closed() {
        URI uri = serve("/", ex -> respond(ex, 200, "ok"));
        transport.close();

        assertThatThrownBy(() -> post(uri, Map.of(), "{}", RESPONSE)).isInstanceOfSatisfying(GantryException.class,
                e -> assertThat(e.kind()).isEqualTo(ErrorKind.CANCELLED));
    }

    private void awaitRelease() {
        try {
            release.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
