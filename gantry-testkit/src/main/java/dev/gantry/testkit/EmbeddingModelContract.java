package dev.gantry.testkit;

import static dev.gantry.testkit.ContractSupport.providerError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.gantry.core.chat.CallOptions;
import dev.gantry.core.embed.EmbeddingModel;
import dev.gantry.core.embed.EmbeddingRequest;
import dev.gantry.core.embed.EmbeddingResponse;
import dev.gantry.core.error.ErrorKind;
import dev.gantry.core.error.ProviderException;
import java.time.Duration;
import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The contract every remote {@link EmbeddingModel} adapter passes against the {@link FakeProvider}. The
 * fake's vectors are deterministic ({@link FakeProvider#embeddingOf(String, int)}), so order, decoding
 * (float lists or base64) and dimensions are all checked value by value.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class EmbeddingModelContract {
    private static final Offset<Float> FLOAT_TEXT_ROUNDING = Offset.offset(1e-6f);

    protected FakeProvider fake;
    protected EmbeddingModel embeddingModel;

    /** The adapter under test, configured to call {@code fakeBaseUrl} ("http://127.0.0.1:PORT", no path). */
    protected abstract EmbeddingModel model(String fakeBaseUrl);

    protected String modelName() {
        return "fake-embedding";
    }

    protected CallOptions options() {
        return new CallOptions(Duration.ofSeconds(5), Duration.ofSeconds(30), "contract-test");
    }

    protected EmbeddingRequest request(List<String> inputs, Integer dimensions) {
        return new EmbeddingRequest(modelName(), inputs, dimensions, null, null, null);
    }

    @BeforeAll
    protected void startFakeProvider() {
        fake = FakeProvider.start();
    }

    @BeforeEach
    protected void resetFakeProvider() {
        fake.reset();
        embeddingModel = model(fake.baseUrl());
    }

    @AfterEach
    protected void closeEmbeddingModel() throws Exception {
        if (embeddingModel instanceof AutoCloseable c) c.close();
    }

    @AfterAll
    protected void stopFakeProvider() {
        if (fake != null) fake.close();
    }

    @Test
    protected void should_return_one_vector_per_input_in_input_order() {
        List<String> inputs = List.of("alpha", "beta gamma", "delta");

        EmbeddingResponse response = embeddingModel.embed(request(inputs, null), options());

        assertThat(response.vectors()).hasSize(3);
        for (int i = 0; i < inputs.size(); i++) {
            assertThat(response.vectors().get(i)).as("vector of '%s'", inputs.get(i))
                    .containsExactly(FakeProvider.embeddingOf(inputs.get(i)), FLOAT_TEXT_ROUNDING);
        }
    }

    @Test
    protected void should_honour_the_requested_dimensions() {
        EmbeddingResponse response = embeddingModel.embed(request(List.of("alpha", "beta"), 16), options());

        assertThat(response.vectors()).allSatisfy(v -> assertThat(v).hasSize(16));
        assertThat(response.vectors().get(1)).containsExactly(FakeProvider.embeddingOf("beta", 16), FLOAT_TEXT_ROUNDING);
    }

    @Test
    protected void should_send_the_model_name() {
        embeddingModel.embed(request(List.of("alpha"), null), options());

        assertThat(fake.requests()).hasSize(1);
        assertThat(fake.lastRequest().model()).isEqualTo(modelName());
    }

    /** Gemini's batchEmbedContents reports no usage, so this applies to the OpenAI dialect only. */
    @Test
    protected void should_report_usage_when_the_dialect_does() {
        EmbeddingResponse response = embeddingModel.embed(request(List.of("one two three", "four five"), null), options());

        assumeThat(fake.lastRequest().dialect()).isEqualTo(FakeDialect.OPENAI);
        assertThat(response.usage().inputTokens()).isEqualTo(5);
    }

    @Test
    protected void should_map_429_to_rate_limited_with_retry_after() {
        fake.enqueue(FakeScript.rateLimited(4));

        ProviderException e = providerError(() -> embeddingModel.embed(request(List.of("alpha"), null), options()));

        assertThat(e.kind()).isEqualTo(ErrorKind.RATE_LIMITED);
        assertThat(e.upstreamStatus()).isEqualTo(429);
        assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(4));
    }

    @Test
    protected void should_map_500_to_a_retriable_kind() {
        fake.enqueue(FakeScript.error(500));

        ProviderException e = providerError(() -> embeddingModel.embed(request(List.of("alpha"), null), options()));

        assertThat(e.kind().retriable()).isTrue();
    }
}
