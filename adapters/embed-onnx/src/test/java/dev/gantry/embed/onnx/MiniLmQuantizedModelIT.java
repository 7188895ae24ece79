package dev.gantry.embed.onnx;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.core.embed.EmbeddingResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/** all-MiniLM-L6-v2 quantized: the fastest of the three models, mean pooling, no query instruction. */
class MiniLmQuantizedModelIT extends LocalModelChecks {

    @Override
    protected String modelId() {
        return "all-minilm-l6-v2-q";
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
