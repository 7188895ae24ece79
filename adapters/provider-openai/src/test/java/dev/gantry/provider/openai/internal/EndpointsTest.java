package dev.gantry.provider.openai.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gantry.core.error.GantryException;
import dev.gantry.core.provider.ProviderSettings;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class EndpointsTest {

    private static Endpoints openAi(String baseUrl) {
        return new Endpoints(new ProviderSettings("p", "openai", baseUrl, null, Map.of(), null, false));
    }

    private static Endpoints azure(String baseUrl, String apiVersion) {
        return new Endpoints(new ProviderSettings("az", "openai", baseUrl, "k", Map.of(), apiVersion, true));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "http://localhost:8000,                                      http://localhost:8000/v1/chat/completions",
            "http://localhost:8000/,                                     http://localhost:8000/v1/chat/completions",
            "http://localhost:8000/v1,                                   http://localhost:8000/v1/chat/completions",
            "https://api.openai.com/v1/,                                 https://api.openai.com/v1/chat/completions",
            "https://openrouter.ai/api/v1,                               https://openrouter.ai/api/v1/chat/completions",
            "https://generativelanguage.googleapis.com/v1beta/openai/,   https://generativelanguage.googleapis.com/v1beta/openai/chat/completions"})
    void should_add_v1_only_to_a_base_url_without_a_path(String baseUrl, String chatUrl) {
        assertThat(openAi(baseUrl).chat("any").toString()).isEqualTo(chatUrl);
        assertThat(openAi(baseUrl).embeddings("any").toString()).isEqualTo(chatUrl.replace("chat/completions", "embeddings"));
    }

    @Test
    void should_build_azure_deployment_urls_with_an_encoded_deployment_and_api_version() {
        Endpoints e = azure("https://res.openai.azure.com/openai/", "2024-06-01");

        assertThat(e.chat("gpt 4o/mini").toString()).isEqualTo(
                "https://res.openai.azure.com/openai/deployments/gpt%204o%2Fmini/chat/completions?api-version=2024-06-01");
        assertThat(azure("https://res.openai.azure.com", null).embeddings("emb").toString()).isEqualTo(
                "https://res.openai.azure.com/openai/deployments/emb/embeddings?api-version=" + Endpoints.DEFAULT_AZURE_API_VERSION);
    }

    @Test
    void should_refuse_an_azure_call_without_a_model_naming_the_parameter() {
        assertThatThrownBy(() -> azure("https://res.openai.azure.com", null).chat(null))
                .isInstanceOfSatisfying(GantryException.class, e -> assertThat(e.param()).isEqualTo("model"));
    }

    @ParameterizedTest
    @CsvSource({"localhost:8000", "ftp://host/v1", "not a url", "''"})
    void should_refuse_a_base_url_that_is_not_an_absolute_http_url(String baseUrl) {
        assertThatThrownBy(() -> openAi(baseUrl)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("provider 'p': base-url '").hasMessageContaining("is not an absolute http(s) URL");
    }
}
