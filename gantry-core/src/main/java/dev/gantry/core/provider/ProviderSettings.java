package dev.gantry.core.provider;

import java.util.Map;

/**
 * What an adapter needs to reach one configured provider.
 *
 * @param type       openai | anthropic | gemini
 * @param baseUrl    e.g. https://api.openai.com/v1, http://localhost:8000/v1 (vLLM), https://api.anthropic.com
 * @param apiKey     resolved secret, or null for servers without auth (Ollama, llama.cpp)
 * @param headers    extra headers sent on every call (e.g. OpenAI-Organization, anthropic-beta)
 * @param apiVersion Azure api-version query parameter, or Anthropic-Version override; null for default
 * @param azure      when true, OpenAI calls use Azure paths: {base}/openai/deployments/{model}/chat/completions
 *                   ?api-version=... and the api-key header
 */
public record ProviderSettings(String name, String type, String baseUrl, String apiKey, Map<String, String> headers,
                               String apiVersion, boolean azure) {
    public ProviderSettings {
        headers = headers == null ? Map.of() : Map.copyOf(headers);
    }

    @Override
    public String toString() {
        // never print the secret
        return "ProviderSettings[name=" + name + ", type=" + type + ", baseUrl=" + baseUrl + ", apiKey="
                + (apiKey == null ? "none" : "***") + ", azure=" + azure + "]";
    }
}
