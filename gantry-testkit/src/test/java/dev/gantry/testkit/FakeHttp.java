package dev.gantry.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gantry.core.http.SseEvent;
import dev.gantry.core.http.SseReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

/** A plain JDK HTTP client for talking to the fake in its own tests. */
final class FakeHttp {
    static final ObjectMapper MAPPER = new ObjectMapper();
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final String baseUrl;

    FakeHttp(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    HttpResponse<String> post(String path, String json) {
        return send(request(path, json), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<InputStream> postForStream(String path, String json) {
        return send(request(path, json), HttpResponse.BodyHandlers.ofInputStream());
    }

    java.util.concurrent.CompletableFuture<HttpResponse<String>> postAsync(String path, String json) {
        return client.sendAsync(request(path, json), HttpResponse.BodyHandlers.ofString());
    }

    /** All events of a streamed answer, read with Gantry's own SSE parser. */
    List<SseEvent> events(String path, String json) {
        HttpResponse<InputStream> res = postForStream(path, json);
        if (res.statusCode() != 200) throw new AssertionError("status " + res.statusCode());
        try (InputStream in = res.body()) {
            SseReader reader = new SseReader(in);
            List<SseEvent> out = new ArrayList<>();
            for (SseEvent e = reader.next(); e != null; e = reader.next()) out.add(e);
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode json(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + text, e);
        }
    }

    private HttpRequest request(String path, String json) {
        return HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer sk-test")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build();
    }

    private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
        try {
            return client.send(request, handler);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
