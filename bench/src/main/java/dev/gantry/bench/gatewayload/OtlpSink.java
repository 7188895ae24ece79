package dev.gantry.bench.gatewayload;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A stand-in OTLP collector for the telemetry path: reads each export and answers 200, counting bytes, so the
 * gateway pays the real serialisation and HTTP cost of exporting spans. Runs in the load generator's JVM.
 */
final class OtlpSink {
    private static HttpServer server;
    static final AtomicLong BYTES = new AtomicLong();

    private OtlpSink() {
    }

    static synchronized void stop() {
        if (server != null) server.stop(0);
        server = null;
    }

    static synchronized int port() {
        if (server == null) {
            try {
                server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            server.createContext("/v1/traces", ex -> {
                BYTES.addAndGet(ex.getRequestBody().readAllBytes().length);
                ex.sendResponseHeaders(200, -1);
                ex.close();
            });
            server.start();
        }
        return server.getAddress().getPort();
    }
}
