package dev.gantry.guard.classify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Optional third layer: a classifier served over HTTP (for example a fine-tuned transformer). It receives
 * {@code {"text": ...}} and answers {@code {"score": p}} with p in [0, 1]. It fails open: on timeout, error or an odd
 * answer it returns empty and the in-process layers decide alone, so an outage never blocks traffic. Thread-safe.
 */
public final class RemoteClassifier {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final URI endpoint;
    private final Duration timeout;
    private final HttpClient client;

    public RemoteClassifier(URI endpoint, Duration timeout) {
        this.endpoint = endpoint;
        this.timeout = timeout;
        this.client = HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    public OptionalDouble probability(String text) {
        try {
            HttpRequest request = HttpRequest.newBuilder(endpoint).timeout(timeout).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("text", text)))).build();
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) return OptionalDouble.empty();
            JsonNode score = JSON.readTree(response.body()).path("score");
            double p = score.asDouble(Double.NaN);
            return score.isNumber() && p >= 0 && p <= 1 ? OptionalDouble.of(p) : OptionalDouble.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return OptionalDouble.empty();
        } catch (Exception e) {
            return OptionalDouble.empty();
        }
    }
}
