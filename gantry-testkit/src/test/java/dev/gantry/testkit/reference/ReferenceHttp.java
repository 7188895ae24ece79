package dev.gantry.testkit.reference;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gantry.core.chat.CallOptions;
import dev.gantry.core.error.ErrorKind;
import dev.gantry.core.error.GantryException;
import dev.gantry.core.error.ProviderException;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;

/**
 * The transport and error mapping of the reference adapters: just enough of a real adapter to prove that the
 * contract suites can be passed (and so that each of their tests can fail).
 */
final class ReferenceHttp implements AutoCloseable {
    static final ObjectMapper MAPPER = new ObjectMapper();
    static final String PROVIDER = "reference";
    private final HttpClient client;
    private final String baseUrl;

    ReferenceHttp(String baseUrl) {
        this.baseUrl = baseUrl;
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    /** Posts and returns the streaming body of a 2xx reply; any other status becomes a ProviderException. */
    InputStream post(String path, JsonNode body, CallOptions options) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(options.responseTimeout())
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer sk-reference")
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes(body)))
                .build();
        HttpResponse<InputStream> res = send(request);
        if (res.statusCode() / 100 == 2) return res.body();
        throw upstreamError(res);
    }

    private HttpResponse<InputStream> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (HttpTimeoutException e) {
            throw new ProviderException(ErrorKind.TIMEOUT, PROVIDER, 0, "no response headers within the timeout", null, e);
        } catch (ConnectException e) {
            throw new ProviderException(ErrorKind.CONNECTION, PROVIDER, 0, "could not connect to the provider", null, e);
        } catch (IOException e) {
            throw new ProviderException(ErrorKind.CONNECTION, PROVIDER, 0, "the provider connection failed", null, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GantryException(ErrorKind.CANCELLED, "interrupted while calling the provider", e);
        }
    }

    private static ProviderException upstreamError(HttpResponse<InputStream> res) {
        JsonNode error;
        try (InputStream in = res.body()) {
            error = MAPPER.readTree(in).path("error");
        } catch (IOException e) {
            error = MAPPER.createObjectNode();
        }
        int status = res.statusCode();
        Duration retryAfter = res.headers().firstValue("retry-after").map(s -> Duration.ofSeconds(Long.parseLong(s))).orElse(null);
        return new ProviderException(kind(status, error.path("code").asText("")), PROVIDER, status,
                "provider answered " + status + ": " + error.path("message").asText(""), retryAfter, null);
    }

    private static ErrorKind kind(int status, String code) {
        if (code.equals("context_length_exceeded")) return ErrorKind.CONTEXT_LENGTH_EXCEEDED;
        return switch (status) {
            case 400 -> ErrorKind.INVALID_REQUEST;
            case 401 -> ErrorKind.AUTHENTICATION;
            case 403 -> ErrorKind.PERMISSION;
            case 404 -> ErrorKind.NOT_FOUND;
            case 429 -> ErrorKind.RATE_LIMITED;
            case 503 -> ErrorKind.UPSTREAM_UNAVAILABLE;
            default -> ErrorKind.UPSTREAM_ERROR;
        };
    }

    static JsonNode readJson(InputStream in) {
        try (in) {
            return MAPPER.readTree(in);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new ProviderException(ErrorKind.MALFORMED_RESPONSE, PROVIDER, 200, "the provider sent malformed JSON", null, e);
        } catch (IOException e) {
            throw new ProviderException(ErrorKind.CONNECTION, PROVIDER, 200, "the provider connection failed", null, e);
        }
    }

    private static byte[] bytes(JsonNode body) {
        try {
            return MAPPER.writeValueAsBytes(body);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        client.close();
    }
}
