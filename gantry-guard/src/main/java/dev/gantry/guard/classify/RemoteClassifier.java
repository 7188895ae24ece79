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
    private final String positiveLabel;

    /** The plain protocol: {@code {"text"}} in, {@code {"score"}} out. */
    public RemoteClassifier(URI endpoint, Duration timeout) {
        this(endpoint, timeout, null);
    }

    /**
     * @param positiveLabel null for the plain protocol; otherwise a Hugging Face text-embeddings-inference
     *                      {@code /predict} endpoint ({@code {"inputs"}} in, {@code [{"label","score"}]} out) and the
     *                      label whose score is the probability, e.g. {@code INJECTION} for
     *                      protectai/deberta-v3-base-prompt-injection-v2
     */
    public RemoteClassifier(URI endpoint, Duration timeout, String positiveLabel) {
        this.endpoint = endpoint;
        this.timeout = timeout;
        this.positiveLabel = positiveLabel;
        this.client = HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    public OptionalDouble probability(String text) {
        try {
            Map<String, String> body = positiveLabel == null ? Map.of("text", text) : Map.of("inputs", text);
            HttpRequest request = HttpRequest.newBuilder(endpoint).timeout(timeout).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build();
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) return OptionalDouble.empty();
            JsonNode answer = JSON.readTree(response.body());
            JsonNode score = positiveLabel == null ? answer.path("score") : labelScore(answer);
            double p = score.asDouble(Double.NaN);
            return score.isNumber() && p >= 0 && p <= 1 ? OptionalDouble.of(p) : OptionalDouble.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return OptionalDouble.empty();
        } catch (Exception e) {
            return OptionalDouble.empty();
        }
    }

    /** TEI answers one input with a list of labels, or a list holding that list; the positive label's score. */
    private JsonNode labelScore(JsonNode answer) {
        JsonNode labels = answer.isArray() && answer.size() == 1 && answer.get(0).isArray() ? answer.get(0) : answer;
        for (JsonNode l : labels) {
            if (positiveLabel.equalsIgnoreCase(l.path("label").asText())) return l.path("score");
        }
        return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
    }
}
