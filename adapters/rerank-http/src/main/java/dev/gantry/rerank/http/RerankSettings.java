package dev.gantry.rerank.http;

import java.net.URI;
import java.time.Duration;

/**
 * How to reach a rerank endpoint.
 *
 * @param baseUrl everything before the dialect's path, e.g. http://localhost:8000/v1 (vLLM), http://tei:8080,
 *                https://api.cohere.com/v2, https://api.jina.ai/v1
 * @param apiKey  sent as a bearer token; null or blank for none. Never logged or printed.
 * @param model   sent as "model" (cohere and score dialects); null to leave it to the server
 * @param timeout for the whole call, connection to last byte
 */
public record RerankSettings(String baseUrl, String apiKey, String model, RerankDialect dialect, Duration timeout) {
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

    public RerankSettings {
        requireHttpUrl(baseUrl);
        if (dialect == null) throw new IllegalArgumentException("reranker dialect is missing; use cohere, tei or score");
        timeout = timeout == null ? DEFAULT_TIMEOUT : timeout;
        if (timeout.isZero() || timeout.isNegative()) {
            throw new IllegalArgumentException("reranker timeout " + timeout + " must be positive, e.g. 10s");
        }
        baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    URI endpoint() {
        return URI.create(baseUrl + dialect.path());
    }

    boolean hasApiKey() {
        return apiKey != null && !apiKey.isBlank();
    }

    private static void requireHttpUrl(String url) {
        try {
            URI uri = url == null ? null : new URI(url);
            if (uri != null && uri.getHost() != null
                    && ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))) {
                return;
            }
        } catch (java.net.URISyntaxException e) {
            // reported below
        }
        throw new IllegalArgumentException("reranker base-url '" + url + "' is not an http(s) URL; use e.g. "
                + "http://localhost:8000/v1");
    }

    @Override
    public String toString() {
        return "RerankSettings[baseUrl=" + baseUrl + ", apiKey=" + (hasApiKey() ? "***" : "none") + ", model=" + model
                + ", dialect=" + dialect.wire() + ", timeout=" + timeout + "]";
    }
}
