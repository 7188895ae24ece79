package dev.gantry.embed.onnx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.gantry.core.error.ErrorKind;
import dev.gantry.core.error.GantryException;
import org.junit.jupiter.api.Test;

class LocalEmbeddingModelsTest {

    @Test
    void should_ship_the_three_models_with_their_model_card_settings() {
        assertThat(LocalEmbeddingModels.ids()).containsExactly("all-minilm-l6-v2-q", "all-minilm-l6-v2", "bge-small-en-v1.5-q");
        assertThat(LocalEmbeddingModels.all()).allSatisfy(spec -> assertThat(spec.dimensions()).isEqualTo(384));

        LocalModelSpec miniLm = LocalEmbeddingModels.byId("all-minilm-l6-v2");
        assertThat(miniLm.pooling()).isEqualTo(Pooling.MEAN);
        assertThat(miniLm.maxTokens()).isEqualTo(256);
        assertThat(miniLm.queryInstruction()).isEmpty();

        LocalModelSpec bge = LocalEmbeddingModels.byId("bge-small-en-v1.5-q");
        assertThat(bge.pooling()).isEqualTo(Pooling.CLS);
        assertThat(bge.maxTokens()).isEqualTo(512);
        assertThat(bge.queryInstruction()).isEqualTo("Represent this sentence for searching relevant passages: ");
    }

    @Test
    void should_default_to_the_quantized_bge_small() {
        assertThat(LocalEmbeddingModels.defaultModel().id()).isEqualTo("bge-small-en-v1.5-q");
        assertThat(LocalEmbeddingModels.byId(null)).isSameAs(LocalEmbeddingModels.defaultModel());
        assertThat(LocalEmbeddingModels.byId(" ")).isSameAs(LocalEmbeddingModels.defaultModel());
    }

    @Test
    void should_accept_the_local_prefix() {
        assertThat(LocalEmbeddingModels.byId("local/bge-small-en-v1.5-q").id()).isEqualTo("bge-small-en-v1.5-q");
    }

    @Test
    void should_reject_an_unknown_id_listing_the_known_ones() {
        GantryException e = catchThrowableOfType(GantryException.class, () -> LocalEmbeddingModels.byId("local/e5-large"));

        assertThat(e.kind()).isEqualTo(ErrorKind.INVALID_REQUEST);
        assertThat(e.param()).isEqualTo("model");
        assertThat(e.getMessage()).contains("'local/e5-large'", "all-minilm-l6-v2-q", "all-minilm-l6-v2,",
                "bge-small-en-v1.5-q");
    }

    @Test
    void should_prefix_the_query_instruction_to_queries_only() {
        LocalModelSpec bge = LocalEmbeddingModels.byId("bge-small-en-v1.5-q");

        assertThat(bge.textFor("rain", InputType.QUERY)).isEqualTo(bge.queryInstruction() + "rain");
        assertThat(bge.textFor("rain", InputType.DOCUMENT)).isEqualTo("rain");
        assertThat(LocalEmbeddingModels.byId("all-minilm-l6-v2-q").textFor("rain", InputType.QUERY)).isEqualTo("rain");
    }
}
