package dev.gantry.bench.serverchoice;

import io.helidon.common.socket.SocketOptions;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.WebServer;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Helidon SE webserver (a virtual thread per request) relaying through the JDK java.net.http client. */
final class HelidonJdkProxy {
    private HelidonJdkProxy() {
    }

    static AutoCloseable start(int port, int upstreamPort) {
        // HTTP/1.1 explicitly: the default (HTTP/2) would try an h2c upgrade on every new plain connection.
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        URI upstream = Relay.upstreamUri(upstreamPort);
        WebServer server = WebServer.builder().host("127.0.0.1").port(port)
                .connectionOptions(SocketOptions.builder().tcpNoDelay(true).build())
                .routing(r -> r.post(Payloads.PATH, (req, res) -> handle(client, upstream, req, res)))
                .build().start();
        return () -> {
            server.stop();
            client.close();
        };
    }

    private static void handle(HttpClient client, URI upstream, ServerRequest req, ServerResponse res)
            throws Exception {
        byte[] body = req.content().inputStream().readAllBytes();
        HttpRequest call = HttpRequest.newBuilder(upstream).header("content-type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        HttpResponse<InputStream> reply = client.send(call, HttpResponse.BodyHandlers.ofInputStream());
        String contentType = reply.headers().firstValue("content-type").orElse("application/json");
        res.status(reply.statusCode());
        res.header(HeaderNames.CONTENT_TYPE, contentType);
        try (InputStream in = reply.body()) {
            if (!Relay.isEventStream(contentType)) {
                res.send(in.readAllBytes());
                return;
            }
            try (var out = res.outputStream()) {
                Relay.copyFlushing(in, out);
            }
        }
    }
}
