package dev.gantry.provider.openai.internal;

import dev.gantry.core.error.GantryException;
import dev.gantry.core.provider.ProviderSettings;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Where an OpenAI-dialect provider's endpoints are.
 *
 * <p>Base-URL rule (like the OpenAI SDK, base-url includes the version path): {@code {base}/chat/completions}.
 * A base URL with no path at all ({@code http://localhost:8000}) gets {@code /v1} added, so vLLM, SGLang,
 * Ollama and llama.cpp work whether or not {@code /v1} was written. A base with any other path is used as
 * given ({@code https://openrouter.ai/api/v1}, {@code https://generativelanguage.googleapis.com/v1beta/openai}).
 *
 * <p>Azure: {@code {base}/openai/deployments/{model}/chat/completions?api-version=...}, where base is the
 * resource URL ({@code https://NAME.openai.azure.com}; a trailing {@code /openai} is tolerated).
 */
public final class Endpoints {
    /** Azure OpenAI's latest GA data-plane version at the time of writing. */
    public static final String DEFAULT_AZURE_API_VERSION = "2024-10-21";

    private final String base;
    private final boolean azure;
    private final String apiVersion;
    private final URI chat;
    private final URI embeddings;

    public Endpoints(ProviderSettings s) {
        this.azure = s.azure();
        this.base = normalise(s);
        this.apiVersion = URLEncoder.encode(s.apiVersion() == null ? DEFAULT_AZURE_API_VERSION : s.apiVersion(),
                StandardCharsets.UTF_8);
        this.chat = azure ? null : URI.create(base + "/chat/completions");
        this.embeddings = azure ? null : URI.create(base + "/embeddings");
    }

    public URI chat(String model) {
        return azure ? deployment(model, "chat/completions") : chat;
    }

    public URI embeddings(String model) {
        return azure ? deployment(model, "embeddings") : embeddings;
    }

    /** {@code {base}/{path}} for the OpenAI-only APIs (files, batches); not on Azure. */
    public URI path(String path) {
        if (azure) throw new IllegalStateException("Azure OpenAI paths are per deployment; " + path + " is not one");
        return URI.create(base + "/" + path);
    }

    public boolean azure() {
        return azure;
    }

    private URI deployment(String model, String operation) {
        if (model == null || model.isBlank()) {
            throw GantryException.invalid("model", "model is required: on Azure it names the deployment to call");
        }
        return URI.create(base + "/openai/deployments/" + URLEncoder.encode(model, StandardCharsets.UTF_8)
                .replace("+", "%20") + "/" + operation + "?api-version=" + apiVersion);
    }

    private static String normalise(ProviderSettings s) {
        String raw = s.baseUrl() == null ? "" : s.baseUrl().strip();
        URI uri;
        try {
            uri = URI.create(raw);
        } catch (IllegalArgumentException e) {
            uri = null;
        }
        if (uri == null || uri.getHost() == null || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
            throw new IllegalArgumentException("provider '" + s.name() + "': base-url '" + raw
                    + "' is not an absolute http(s) URL; use e.g. https://api.openai.com/v1 or http://localhost:8000/v1");
        }
        String b = raw.replaceAll("/+$", "");
        if (s.azure()) return b.endsWith("/openai") ? b.substring(0, b.length() - "/openai".length()) : b;
        String path = uri.getRawPath();
        return path == null || path.isEmpty() || path.equals("/") ? b + "/v1" : b;
    }
}
