package dev.gantry.http.helidon;

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
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ProxySelector;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The transport against a real HTTP server on 127.0.0.1: what it sends, streams, pools, aborts and maps. */
@Timeout(120) // a hang is the failure these tests look for; this only turns one into a red test
class HelidonHttpTransportIT {
    private static final Duration CONNECT = Duration.ofSeconds(5);
    private static final Duration RESPONSE = Duration.ofSeconds(30);

    private HttpServer server;
    private HelidonHttpTransport transport;
    private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
    private final CountDownLatch release = new CountDownLatch(1);
    private final AtomicReference<HttpExchange> seen = new AtomicReference<>();
    private final AtomicReference<String> seenBody = new AtomicReference<>();
    /** Client port of each request the server received, in order: equal ports mean a reused connection. */
    private final List<Integer> clientPorts = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(threads);
        transport = new HelidonHttpTransport();
    }

    @AfterEach
    void stop() {
        release.countDown();
        transport.close();
        server.stop(0);
        threads.shutdownNow();
    }

    private URI serve(String path, HttpHandler handler) {
        server.createContext(path, ex -> {
            clientPorts.add(ex.getRemoteAddress().getPort());
            handler.handle(ex);
        });
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    private URI started(URI uri) {
        server.start();
        return uri;
    }

    private URI serveOnly(String path, HttpHandler handler) {
        return started(serve(path, handler));
    }

    private HttpReply post(URI uri, Map<String, String> headers, String body, Duration responseTimeout) {
        return transport.send(HttpCall.postJson(uri, headers, body.getBytes(UTF_8), CONNECT, responseTimeout));
    }

    private HttpReply post(URI uri) {
        return post(uri, Map.of(), "{}", RESPONSE);
    }

    private static void respond(HttpExchange ex, int status, String body) throws IOException {
        byte[] b = body.getBytes(UTF_8);
        ex.getRequestBody().readAllBytes();
        ex.getResponseHeaders().add("x-answer", "42");
        ex.sendResponseHeaders(status, b.length == 0 ? -1 : b.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(b);
        }
    }

    /** Sends headers and a first piece at once (chunked), the rest only when the test releases it. */
    private HttpHandler twoPieces() {
        return ex -> {
            ex.getRequestBody().readAllBytes();
            ex.sendResponseHeaders(200, 0);
            OutputStream out = ex.getResponseBody();
            out.write("first|".getBytes(UTF_8));
            out.flush();
            try {
                release.await();
                out.write("second".getBytes(UTF_8));
            } catch (InterruptedException | IOException ignored) {
                // the client went away: what the abort tests want
            } finally {
                ex.close();
            }
        };
    }

    // ---- what is sent and received ----

    @Test
    void should_send_method_headers_and_body_and_return_status_headers_and_body() {
        URI uri = serveOnly("/v1/echo", ex -> {
            seen.set(ex);
            seenBody.set(new String(ex.getRequestBody().readAllBytes(), UTF_8));
            respond(ex, 201, "{\"ok\":true}");
        });

        try (HttpReply reply = post(uri, Map.of("authorization", "Bearer k", "x-request-id", "r-1"), "{\"a\":1}", RESPONSE)) {
            assertThat(reply.status()).isEqualTo(201);
            assertThat(reply.header("X-Answer")).contains("42");
            assertThat(reply.header("x-missing")).isEmpty();
            assertThat(new String(reply.readAll(), UTF_8)).isEqualTo("{\"ok\":true}");
        }
        assertThat(seen.get().getRequestMethod()).isEqualTo("POST");
        assertThat(seen.get().getRequestHeaders().getFirst("authorization")).isEqualTo("Bearer k");
        assertThat(seen.get().getRequestHeaders().getFirst("x-request-id")).isEqualTo("r-1");
        assertThat(seen.get().getRequestHeaders().getFirst("content-type")).isEqualTo("application/json");
        assertThat(seenBody.get()).isEqualTo("{\"a\":1}");
        assertThat(seen.get().getRequestHeaders().containsKey("proxy-connection")).as("no proxy in the way").isFalse();
    }

    @Test
    void should_send_a_call_without_a_body_as_a_plain_request() {
        URI uri = serveOnly("/v1/models", ex -> {
            seen.set(ex);
            seenBody.set(new String(ex.getRequestBody().readAllBytes(), UTF_8));
            respond(ex, 200, "[]");
        });

        try (HttpReply reply = transport.send(new HttpCall("GET", uri, Map.of(), null, CONNECT, RESPONSE))) {
            assertThat(reply.readAll()).isEqualTo("[]".getBytes(UTF_8));
        }
        assertThat(seen.get().getRequestMethod()).isEqualTo("GET");
        assertThat(seenBody.get()).isEmpty();
    }

    @Test
    void should_send_the_path_and_query_exactly_as_given() {
        AtomicReference<URI> target = new AtomicReference<>();
        URI base = serveOnly("/v1beta", ex -> {
            target.set(ex.getRequestURI());
            respond(ex, 200, "ok");
        });
        String pathAndQuery = "/v1beta/models/gemini-2.0:streamGenerateContent/a%20b%2Fc?alt=sse&key=a%2Bb%26c&x=y+z&flag";

        post(URI.create(base.resolve("/") + pathAndQuery.substring(1))).readAll();

        assertThat(target.get().getRawPath()).isEqualTo("/v1beta/models/gemini-2.0:streamGenerateContent/a%20b%2Fc");
        assertThat(target.get().getRawQuery()).isEqualTo("alt=sse&key=a%2Bb%26c&x=y+z&flag");
    }

    @Test
    void should_speak_http_1_1_without_an_upgrade_attempt() {
        URI uri = serveOnly("/", ex -> {
            seen.set(ex);
            respond(ex, 200, "ok");
        });

        post(uri).readAll();

        assertThat(seen.get().getProtocol()).isEqualTo("HTTP/1.1");
        assertThat(seen.get().getRequestHeaders().containsKey("upgrade")).isFalse();
    }

    @Test
    void should_skip_headers_the_client_sets_itself_instead_of_sending_them_twice() {
        URI uri = serveOnly("/", ex -> {
            seen.set(ex);
            respond(ex, 200, "ok");
        });

        HttpReply reply = post(uri, Map.of("Host", "elsewhere", "Content-Length", "999", "Transfer-Encoding", "chunked",
                "x-kept", "yes"), "{}", RESPONSE);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.readAll()).isEqualTo("ok".getBytes(UTF_8));
        assertThat(seen.get().getRequestHeaders().get("host")).containsExactly("127.0.0.1:" + server.getAddress().getPort());
        assertThat(seen.get().getRequestHeaders().get("content-length")).containsExactly("2");
        assertThat(seen.get().getRequestHeaders().getFirst("x-kept")).isEqualTo("yes");
    }

    @Test
    void should_ignore_the_jvm_wide_proxy_settings() throws IOException {
        URI uri = serveOnly("/", ex -> respond(ex, 200, "ok"));
        ProxySelector before = ProxySelector.getDefault();
        ProxySelector.setDefault(ProxySelector.of(new InetSocketAddress("127.0.0.1", closedPort())));
        try {
            assertThat(post(uri).readAll()).isEqualTo("ok".getBytes(UTF_8));
        } finally {
            ProxySelector.setDefault(before);
        }
    }

    @Test
    void should_refuse_a_header_value_that_would_split_the_request_without_sending_anything() {
        URI uri = serveOnly("/", ex -> respond(ex, 200, "ok"));

        assertThatThrownBy(() -> post(uri, Map.of("x-api-key", "sk-secret\r\nx-injected: 1"), "{}", RESPONSE))
                .isInstanceOfSatisfying(GantryException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ErrorKind.INTERNAL);
                    assertThat(e.getMessage()).contains("'x-api-key'").doesNotContain("sk-secret");
                });
        assertThat(clientPorts).isEmpty();
    }

    @Test
    void should_return_a_redirect_instead_of_following_it() {
        URI uri = serve("/old", ex -> {
            ex.getResponseHeaders().add("location", "/new");
            respond(ex, 302, "");
        });
        serve("/new", ex -> respond(ex, 200, "followed"));
        server.start();

        try (HttpReply reply = post(uri)) {
            assertThat(reply.status()).isEqualTo(302);
            assertThat(reply.header("location")).contains("/new");
        }
        assertThat(clientPorts).hasSize(1);
    }

    @Test
    void should_neither_keep_nor_send_cookies_an_upstream_sets() {
        URI uri = serveOnly("/", ex -> {
            seen.set(ex);
            ex.getResponseHeaders().add("set-cookie", "session=tenant-a; Path=/");
            respond(ex, 200, "ok");
        });

        post(uri).readAll();
        post(uri).readAll();

        assertThat(seen.get().getRequestHeaders().containsKey("cookie")).isFalse();
    }

    @Test
    void should_read_an_empty_body_as_empty() throws IOException {
        URI uri = serveOnly("/", ex -> respond(ex, 204, ""));

        try (HttpReply reply = post(uri)) {
            assertThat(reply.status()).isEqualTo(204);
            assertThat(reply.body().read()).isEqualTo(-1);
            assertThat(reply.readAll()).isEmpty();
        }
    }

    // ---- streaming, pooling and aborting ----

    @Test
    void should_read_a_chunked_body_written_in_many_pieces_to_its_end() {
        URI uri = serveOnly("/chunks", ex -> {
            ex.getRequestBody().readAllBytes();
            ex.sendResponseHeaders(200, 0);
            try (OutputStream out = ex.getResponseBody()) {
                for (int i = 0; i < 50; i++) {
                    out.write(("data: {\"n\":" + i + "}\n\n").getBytes(UTF_8));
                    out.flush();
                }
            }
        });

        String body = new String(post(uri).readAll(), UTF_8);

        assertThat(body).startsWith("data: {\"n\":0}\n\n").endsWith("data: {\"n\":49}\n\n");
        assertThat(body.split("\n\n")).hasSize(50);
    }

    @Test
    void should_hand_over_the_body_before_it_is_complete() throws IOException {
        URI uri = serveOnly("/stream", twoPieces());

        try (HttpReply reply = post(uri)) {
            byte[] first = reply.body().readNBytes("first|".length());
            assertThat(new String(first, UTF_8)).isEqualTo("first|");
            release.countDown();
            assertThat(new String(reply.body().readAllBytes(), UTF_8)).isEqualTo("second");
        }
    }

    @Test
    void should_unblock_a_pending_read_when_closed_from_another_thread() throws Exception {
        URI uri = serveOnly("/stream", twoPieces());
        HttpReply reply = post(uri);
        InputStream body = reply.body();
        body.readNBytes("first|".length());

        CompletableFuture<Throwable> reader = pendingRead(body);
        reply.close();

        assertThat(reader.get(30, TimeUnit.SECONDS)).isInstanceOf(IOException.class);
        assertThatThrownBy(body::read).as("a read after close").isInstanceOf(IOException.class);
    }

    @Test
    void should_abort_a_streaming_body_when_the_transport_closes() throws Exception {
        URI uri = serveOnly("/stream", twoPieces());
        InputStream body = post(uri).body();
        body.readNBytes("first|".length());

        CompletableFuture<Throwable> reader = pendingRead(body);
        transport.close();

        assertThat(reader.get(30, TimeUnit.SECONDS)).isInstanceOf(IOException.class);
    }

    private CompletableFuture<Throwable> pendingRead(InputStream body) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                body.read();
                return null;
            } catch (IOException e) {
                return e;
            }
        }, threads);
    }

    @Test
    void should_reuse_the_connection_once_a_body_was_read_to_its_end() throws IOException {
        URI uri = serveOnly("/", ex -> respond(ex, 200, "ok"));

        post(uri).readAll();
        try (HttpReply reply = post(uri)) {
            reply.body().readAllBytes(); // read to the end without readAll, then closed
        }
        post(uri).readAll();

        assertThat(clientPorts).hasSize(3);
        assertThat(clientPorts).containsOnly(clientPorts.get(0));
    }

    @Test
    void should_keep_a_finished_connection_pooled_while_it_idles() throws InterruptedException {
        URI uri = serveOnly("/", ex -> respond(ex, 200, "ok"));

        post(uri).readAll();
        Thread.sleep(500); // several rounds of the pool's ~100 ms check for connections the server closed
        post(uri).readAll();

        assertThat(clientPorts).hasSize(2);
        assertThat(clientPorts.get(1)).isEqualTo(clientPorts.get(0));
    }

    @Test
    void should_read_a_body_that_ends_when_the_server_closes_the_connection() throws Exception {
        try (RawServer raw = RawServer.answering("HTTP/1.1 200 OK\r\nConnection: close\r\n\r\nhello, until close")) {
            assertThat(post(raw.uri("/v1/chat")).readAll()).isEqualTo("hello, until close".getBytes(UTF_8));
        }
    }

    @Test
    void should_not_pool_a_connection_whose_body_was_cut_short_by_close() throws IOException {
        URI stream = serve("/stream", twoPieces());
        URI plain = serve("/plain", ex -> respond(ex, 200, "ok"));
        server.start();

        HttpReply reply = post(stream);
        reply.body().readNBytes("first|".length());
        reply.close();
        post(plain).readAll();

        assertThat(clientPorts).hasSize(2);
        assertThat(clientPorts.get(1)).isNotEqualTo(clientPorts.get(0));
    }

    @Test
    void should_not_apply_the_response_timeout_to_a_body_still_streaming() throws Exception {
        URI uri = serveOnly("/stream", twoPieces());
        Duration shortTimeout = Duration.ofMillis(200);

        try (HttpReply reply = post(uri, Map.of(), "{}", shortTimeout)) {
            InputStream body = reply.body();
            body.readNBytes("first|".length());
            CompletableFuture<String> rest = CompletableFuture.supplyAsync(() -> {
                try {
                    return new String(body.readAllBytes(), UTF_8);
                } catch (IOException e) {
                    return "failed: " + e;
                }
            }, threads);
            Thread.sleep(shortTimeout.multipliedBy(3)); // the reader waits in read() all this time
            release.countDown();

            assertThat(rest.get(30, TimeUnit.SECONDS)).isEqualTo("second");
        }
    }

    @Test
    void should_report_a_body_cut_mid_way_as_an_io_failure_and_readAll_as_connection() throws Exception {
        try (RawServer raw = RawServer.answering("HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\nabc")) {
            URI uri = raw.uri("/v1/chat?key=sk-secret");

            HttpReply streamed = post(uri);
            assertThatThrownBy(() -> streamed.body().readAllBytes()).isInstanceOf(IOException.class);
            streamed.close();

            assertThatThrownBy(() -> post(uri).readAll()).isInstanceOfSatisfying(GantryException.class, e -> {
                assertThat(e.kind()).isEqualTo(ErrorKind.CONNECTION);
                assertThat(e.getMessage()).contains(raw.hostPort()).doesNotContain("sk-secret");
            });
        }
    }

    // ---- failures before the headers ----

    @Test
    void should_map_missing_response_headers_to_timeout() {
        URI uri = serveOnly("/stall", ex -> {
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
        int port = closedPort();
        URI uri = URI.create("http://127.0.0.1:" + port + "/v1/chat?key=sk-secret-query");

        assertThatThrownBy(() -> post(uri, Map.of("authorization", "Bearer sk-secret-header"), "{}", RESPONSE))
                .isInstanceOfSatisfying(GantryException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ErrorKind.CONNECTION);
                    assertThat(e.getMessage()).contains("127.0.0.1:" + port).contains("refused")
                            .doesNotContain("sk-secret");
                    assertThat(e.getCause()).isNotNull();
                });
    }

    @Test
    void should_map_a_connection_closed_before_any_answer_to_connection() throws Exception {
        try (RawServer raw = RawServer.answering("")) {
            assertThatThrownBy(() -> post(raw.uri("/v1/chat"))).isInstanceOfSatisfying(GantryException.class, e -> {
                assertThat(e.kind()).isEqualTo(ErrorKind.CONNECTION);
                assertThat(e.getMessage()).isEqualTo("connection to " + raw.hostPort()
                        + " failed before a response arrived; the provider closed or reset it");
            });
        }
    }

    @Test
    void should_give_up_a_tls_handshake_the_server_never_answers_within_the_connect_timeout() throws Exception {
        try (RawServer silent = RawServer.silent()) {
            URI uri = URI.create("https://" + silent.hostPort() + "/v1/chat");

            assertThatThrownBy(() -> transport.send(HttpCall.postJson(uri, Map.of(), new byte[0], Duration.ofMillis(300),
                    RESPONSE))).isInstanceOfSatisfying(GantryException.class, e -> {
                        assertThat(e.kind()).isEqualTo(ErrorKind.CONNECTION);
                        assertThat(e.getMessage()).isEqualTo("could not connect to " + silent.hostPort()
                                + " within 300ms; check that the provider is up and reachable");
                    });
        }
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
        URI uri = serveOnly("/stall", ex -> {
            arrived.countDown();
            awaitRelease();
            respond(ex, 200, "late");
        });
        AtomicReference<Throwable> failure = new AtomicReference<>();
        AtomicReference<Boolean> stillInterrupted = new AtomicReference<>();
        Thread caller = Thread.ofVirtual().start(() -> {
            try {
                post(uri);
            } catch (Throwable t) {
                failure.set(t);
                stillInterrupted.set(Thread.currentThread().isInterrupted());
            }
        });

        assertThat(arrived.await(30, TimeUnit.SECONDS)).isTrue();
        caller.interrupt();
        caller.join(Duration.ofSeconds(30));

        assertThat(failure.get()).isInstanceOfSatisfying(GantryException.class,
                e -> assertThat(e.kind()).isEqualTo(ErrorKind.CANCELLED));
        assertThat(stillInterrupted.get()).as("interrupt status kept for the caller").isTrue();
    }

    @Test
    void should_refuse_calls_once_closed() {
        URI uri = serveOnly("/", ex -> respond(ex, 200, "ok"));
        transport.close();

        assertThatThrownBy(() -> post(uri)).isInstanceOfSatisfying(GantryException.class,
                e -> assertThat(e.kind()).isEqualTo(ErrorKind.CANCELLED));
    }

    @Test
    void should_reject_a_url_that_is_not_http_as_internal() {
        URI uri = URI.create("ftp://127.0.0.1:21/v1?key=sk-secret");

        assertThatThrownBy(() -> post(uri)).isInstanceOfSatisfying(GantryException.class, e -> {
            assertThat(e.kind()).isEqualTo(ErrorKind.INTERNAL);
            assertThat(e.getMessage()).contains("127.0.0.1:21").doesNotContain("sk-secret");
        });
    }

    /** A port nothing listens on (just released, so the kernel refuses connections to it). */
    private static int closedPort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            return s.getLocalPort();
        }
    }

    private void awaitRelease() {
        try {
            release.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
