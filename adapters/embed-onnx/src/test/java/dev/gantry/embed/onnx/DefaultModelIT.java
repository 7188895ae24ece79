package dev.gantry.embed.onnx;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.core.chat.CallOptions;
import dev.gantry.core.embed.EmbeddingRequest;
import dev.gantry.core.embed.EmbeddingResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The default model, all-MiniLM-L6-v2 quantized. */
class DefaultModelIT extends LocalModelChecks {

    @Override
    protected String modelId() {
        return LocalEmbeddingModels.DEFAULT_ID;
    }

    @Test
    void should_serve_a_request_without_a_model_name_with_the_default_model() {
        EmbeddingResponse response = model.embed(new EmbeddingRequest(null, List.of("alpha"), null, null, null, null),
                CallOptions.DEFAULT);

        assertThat(response.model()).isEqualTo("all-minilm-l6-v2-q");
    }

    @Test
    void should_add_no_instruction_to_queries() {
        EmbeddingResponse query = embed(List.of("what causes rain?"), "query");
        EmbeddingResponse document = embed(List.of("what causes rain?"), "document");

        assertThat(query.vectors().getFirst()).containsExactly(document.vectors().getFirst());
        assertThat(query.usage()).isEqualTo(document.usage());
    }

    @Test
    void should_load_only_the_models_it_was_asked_for() {
        assertThat(model.loadedModelIds()).containsExactly("all-minilm-l6-v2-q");
    }
}
