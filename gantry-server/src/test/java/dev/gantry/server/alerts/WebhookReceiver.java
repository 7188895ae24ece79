package dev.gantry.server.alerts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A local webhook receiver (the JDK's HTTP server) that records every POST body and answers a fixed status. */
final class WebhookReceiver implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpServer server;
    private final List<JsonNode> posts = new CopyOnWriteArrayList<>();

    private WebhookReceiver(int status) {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            posts.add(JSON.readTree(exchange.getRequestBody().readAllBytes()));
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
    }

    static WebhookReceiver answering(int status) {
        return new WebhookReceiver(status);
    }

    /** A Slack-like address whose path is the secret. */
    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/services/T000/B000/" + SECRET;
    }

    static final String SECRET = "XXXXsecretXXXX";

    List<JsonNode> posts() {
        return posts;
    }

    /** The posts about {@code rule} in state {@code state}. */
    List<JsonNode> posts(String rule, String state) {
        return posts.stream().filter(p -> p.at("/gantry/rule").asText().equals(rule) && p.at("/gantry/state").asText().equals(state)).toList();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
