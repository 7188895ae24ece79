package dev.gantry.rerank.http;

import io.helidon.webserver.WebServer;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A real HTTP server on 127.0.0.1 standing in for a rerank server: answers every POST with the scripted
 * status and body, records the last request, and can stall before the headers or in the middle of the body
 * until {@link #close()} releases it.
 */
final class RerankServer implements AutoCloseable {
    enum Stall { NONE, BEFORE_HEADERS, MID_BODY }

    private final WebServer server;
    private final CountDownLatch release = new CountDownLatch(1);
    private volatile int status = 200;
    private volatile String body = "{}";
    private volatile Map<String, String> headers = Map.of();
    private volatile Stall stall = Stall.NONE;
    volatile String lastPath;
    volatile String lastBody;
    volatile String lastAuthorization;

    RerankServer() {
        server = WebServer.builder()
                .host("127.0.0.1")
                .port(0)
                .shutdownGracePeriod(Duration.ofMillis(100))
                .routing(r -> r.post("/*", this::handle))
                .build()
                .start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.port();
    }

    RerankServer answer(int status, String body) {
        this.status = status;
        this.body = body;
        return this;
    }

    RerankServer header(String name, String value) {
        this.headers = Map.of(name, value);
        return this;
    }

    RerankServer stall(Stall stall) {
        this.stall = stall;
        return this;
    }

    private void handle(ServerRequest req, ServerResponse res) throws IOException {
        lastPath = req.path().path();
        lastBody = req.content().as(String.class);
        lastAuthorization = req.headers().first(io.helidon.http.HeaderNames.AUTHORIZATION).orElse(null);
        if (stall == Stall.BEFORE_HEADERS) await();
        res.status(status);
        res.header("Content-Type", "application/json");
        headers.forEach(res::header);
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        if (stall != Stall.MID_BODY) {
            res.send(bytes);
            return;
        }
        try (OutputStream out = res.outputStream()) {
            out.write(bytes, 0, bytes.length / 2);
            out.flush();
            await();
        }
    }

    private void await() {
        try {
            release.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        release.countDown();
        server.stop();
    }
}
