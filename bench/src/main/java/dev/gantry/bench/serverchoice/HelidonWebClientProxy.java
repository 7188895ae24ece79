package dev.gantry.bench.serverchoice;

import io.helidon.common.socket.SocketOptions;
import io.helidon.http.HeaderNames;
import io.helidon.http.HeaderValues;
import io.helidon.webclient.api.HttpClientResponse;
import io.helidon.webclient.api.WebClient;
import io.helidon.webserver.WebServer;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import java.io.InputStream;
import java.time.Duration;

/** Helidon SE webserver (a virtual thread per request) relaying through Helidon's own blocking WebClient. */
final class HelidonWebClientProxy {
    private HelidonWebClientProxy() {
    }

    static AutoCloseable start(int port, int upstreamPort) {
        WebClient client = WebClient.builder().baseUri("http://127.0.0.1:" + upstreamPort)
                .socketOptions(SocketOptions.builder().tcpNoDelay(true).connectTimeout(Duration.ofSeconds(5)).build())
                .build();
        WebServer server = WebServer.builder().host("127.0.0.1").port(port)
                .connectionOptions(SocketOptions.builder().tcpNoDelay(true).build())
                .routing(r -> r.post(Payloads.PATH, (req, res) -> handle(client, req, res)))
                .build().start();
        return server::stop;
    }

    private static void handle(WebClient client, ServerRequest req, ServerResponse res) throws Exception {
        byte[] body = req.content().inputStream().readAllBytes();
        try (HttpClientResponse reply = client.post(Payloads.PATH).header(HeaderValues.CONTENT_TYPE_JSON)
                .submit(body)) {
            String contentType = reply.headers().first(HeaderNames.CONTENT_TYPE).orElse("application/json");
            res.status(reply.status());
            res.header(HeaderNames.CONTENT_TYPE, contentType);
            InputStream in = reply.inputStream();
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
