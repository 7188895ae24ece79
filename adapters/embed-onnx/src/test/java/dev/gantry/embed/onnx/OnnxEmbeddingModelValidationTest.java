package dev.gantry.embed.onnx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.gantry.core.chat.CallOptions;
import dev.gantry.core.embed.EmbeddingRequest;
import dev.gantry.core.embed.EmbeddingResponse;
import dev.gantry.core.error.ErrorKind;
import dev.gantry.core.error.GantryException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Requests rejected or answered before any model is loaded: these need no native library. */
class OnnxEmbeddingModelValidationTest {
    private final OnnxEmbeddingModel model = new OnnxEmbeddingModel(OnnxEmbeddingOptions.defaults().withIntraOpThreads(1));

    @AfterEach
    void close() {
        model.close();
    }

    @Test
    void should_name_the_local_provider() {
        assertThat(model.provider()).isEqualTo("local");
    }

    @Test
    void should_reject_other_dimensions_naming_both_numbers() {
        GantryException e = rejected(new EmbeddingRequest("all-minilm-l6-v2-q", List.of("a"), 256, null, null, null));

        assertThat(e.kind()).isEqualTo(ErrorKind.INVALID_REQUEST);
        assertThat(e.param()).isEqualTo("dimensions");
        assertThat(e.getMessage()).contains("256", "384", "all-minilm-l6-v2-q");
        assertThat(model.loadedModelIds()).isEmpty();
    }

    @Test
    void should_reject_an_unknown_model() {
        GantryException e = rejected(new EmbeddingRequest("local/nope", List.of("a"), null, null, null, null));

        assertThat(e.param()).isEqualTo("model");
        assertThat(e.getMessage()).contains("'local/nope'", "bge-small-en-v1.5-q");
    }

    @Test
    void should_reject_an_unknown_input_type() {
        GantryException e = rejected(new EmbeddingRequest("all-minilm-l6-v2-q", List.of("a"), null, null, null,
                Map.of("input_type", "passage")));

        assertThat(e.kind()).isEqualTo(ErrorKind.INVALID_REQUEST);
        assertThat(e.param()).isEqualTo("input_type");
        assertThat(e.getMessage()).contains("'passage'", "\"query\"", "\"document\"");
    }

    @Test
    void should_answer_an_empty_input_list_without_loading_the_model() {
        EmbeddingResponse response = model.embed(new EmbeddingRequest("local/all-minilm-l6-v2-q", List.of(), 384, null,
                null, Map.of("input_type", "query")), CallOptions.DEFAULT);

        assertThat(response.vectors()).isEmpty();
        assertThat(response.model()).isEqualTo("all-minilm-l6-v2-q");
        assertThat(response.usage().inputTokens()).isZero();
        assertThat(model.loadedModelIds()).isEmpty();
    }

    @Test
    void should_refuse_work_after_close() {
        model.close();

        assertThatThrownBy(() -> model.embed(new EmbeddingRequest(null, List.of("a"), null, null, null, null),
                CallOptions.DEFAULT))
                .isInstanceOfSatisfying(GantryException.class,
                        e -> assertThat(e.kind()).isEqualTo(ErrorKind.UPSTREAM_UNAVAILABLE));
    }

    @Test
    void should_reject_nonsensical_options() {
        assertThatThrownBy(() -> new OnnxEmbeddingOptions(0, 32, 1024)).hasMessageContaining("intraOpThreads", "0");
        assertThatThrownBy(() -> new OnnxEmbeddingOptions(2, 0, 1024)).hasMessageContaining("maxBatchSize", "0");
        assertThatThrownBy(() -> new OnnxEmbeddingOptions(2, 32, 0)).hasMessageContaining("maxBatchTokens", "0");
    }

    private GantryException rejected(EmbeddingRequest request) {
        return catchThrowableOfType(GantryException.class, () -> model.embed(request, CallOptions.DEFAULT));
    }
}
