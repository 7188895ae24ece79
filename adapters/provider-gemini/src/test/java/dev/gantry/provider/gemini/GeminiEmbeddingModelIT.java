package dev.gantry.provider.gemini;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.core.embed.EmbeddingModel;
import dev.gantry.core.embed.EmbeddingRequest;
import dev.gantry.core.provider.ProviderSettings;
import dev.gantry.http.jdk.JdkHttpTransport;
import dev.gantry.testkit.EmbeddingModelContract;
import dev.gantry.testkit.FakeProvider;
import java.util.List;
import org.assertj.core.data.Offset;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The shared embedding contract against the fake's Gemini dialect, plus batching past Gemini's limit. */
class GeminiEmbeddingModelIT extends EmbeddingModelContract {

    @Override
    protected EmbeddingModel model(String fakeBaseUrl) {
        return new GeminiEmbeddingModel(new ProviderSettings("gem", "gemini", fakeBaseUrl + "/v1beta/", "test-key",
                Map.of(), null, false), new JdkHttpTransport());
    }

    @Test
    void should_split_more_than_a_hundred_texts_into_batches_kept_in_order() {
        List<String> inputs = IntStream.range(0, 205).mapToObj(i -> "text " + i).toList();

        var response = embeddingModel.embed(new EmbeddingRequest(modelName(), inputs, 8, null, null, null), options());

        assertThat(fake.requests()).hasSize(3);
        assertThat(fake.requests().get(0).path()).isEqualTo("/v1beta/models/fake-embedding:batchEmbedContents");
        assertThat(fake.requests().get(2).json().get("requests")).hasSize(5);
        assertThat(response.vectors()).hasSize(205);
        assertThat(response.vectors().get(204)).containsExactly(FakeProvider.embeddingOf("text 204", 8), Offset.offset(1e-6f));
    }
}
