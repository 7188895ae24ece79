package dev.gantry.provider.openai;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.core.embed.EmbeddingModel;
import dev.gantry.core.embed.EmbeddingRequest;
import dev.gantry.core.embed.EmbeddingResponse;
import dev.gantry.core.provider.ProviderSettings;
import dev.gantry.http.jdk.JdkHttpTransport;
import dev.gantry.testkit.EmbeddingModelContract;
import dev.gantry.testkit.FakeProvider;
import dev.gantry.testkit.RecordedRequest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class OpenAiEmbeddingModelIT extends EmbeddingModelContract {
    private final JdkHttpTransport transport = new JdkHttpTransport();

    @Override
    protected EmbeddingModel model(String fakeBaseUrl) {
        return new OpenAiEmbeddingModel(new ProviderSettings("oai", "openai", fakeBaseUrl + "/v1", "sk-test", Map.of(),
                null, false), transport);
    }

    @AfterAll
    void closeTransport() {
        transport.close();
    }

    @Test
    void should_decode_base64_vectors_when_asked_for_them() {
        EmbeddingResponse response = embeddingModel.embed(new EmbeddingRequest(modelName(), List.of("alpha", "beta"), null,
                "base64", null, null), options());

        assertThat(fake.lastRequest().json().path("encoding_format").asText()).isEqualTo("base64");
        assertThat(response.vectors().get(1)).containsExactly(FakeProvider.embeddingOf("beta"));
    }

    @Test
    void should_call_the_azure_deployment_embeddings_path() {
        EmbeddingModel azure = new OpenAiEmbeddingModel(new ProviderSettings("azure", "openai", fake.baseUrl(), "azure-key",
                Map.of(), "2024-06-01", true), transport);

        EmbeddingResponse response = azure.embed(request(List.of("alpha"), null), options());

        RecordedRequest sent = fake.lastRequest();
        assertThat(sent.path()).isEqualTo("/openai/deployments/" + modelName() + "/embeddings");
        assertThat(sent.query()).isEqualTo("api-version=2024-06-01");
        assertThat(sent.header("api-key")).isEqualTo("azure-key");
        assertThat(response.vectors()).hasSize(1);
    }
}
