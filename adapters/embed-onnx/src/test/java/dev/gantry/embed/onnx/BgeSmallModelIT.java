package dev.gantry.embed.onnx;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.core.chat.CallOptions;
import dev.gantry.core.embed.EmbeddingRequest;
import dev.gantry.core.embed.EmbeddingResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/** bge-small-en-v1.5 quantized, the default: CLS pooling and an instruction on retrieval queries. */
class BgeSmallModelIT extends LocalModelChecks {
    private static final String QUESTION = "what causes rain?";

    @Override
    protected String modelId() {
        return "bge-small-en-v1.5-q";
    }

    @Test
    void should_serve_a_request_without_a_model_name_as_the_default_model() {
        EmbeddingResponse response = model.embed(new EmbeddingRequest(null, List.of("alpha"), null, null, null, null),
                CallOptions.DEFAULT);

        assertThat(response.model()).isEqualTo(LocalEmbeddingModels.DEFAULT_ID).isEqualTo(modelId());
        assertThat(model.loadedModelIds()).containsExactly(modelId());
    }

    @Test
    void should_prefix_the_query_instruction_when_input_type_is_query() {
        String instruction = LocalEmbeddingModels.byId(modelId()).queryInstruction();

        EmbeddingResponse query = embed(List.of(QUESTION), "query");
        float[] instructedByHand = embedOne(instruction + QUESTION);
        EmbeddingResponse document = embed(List.of(QUESTION), "document");

        assertThat(Cosine.of(query.vectors().getFirst(), instructedByHand)).isGreaterThan(0.9999);
        assertThat(Cosine.of(query.vectors().getFirst(), document.vectors().getFirst())).isLessThan(0.99);
        assertThat(query.usage().inputTokens()).isGreaterThan(document.usage().inputTokens());
    }

    @Test
    void should_treat_an_absent_input_type_as_a_document() {
        assertThat(embedOne(QUESTION)).containsExactly(embed(List.of(QUESTION), "document").vectors().getFirst());
    }

    @Test
    void should_rank_the_answering_passage_first_for_an_instructed_query() {
        List<String> passages = List.of(
                "Rain forms when water vapour condenses into droplets that grow heavy enough to fall from clouds.",
                "The stock exchange closed higher after strong earnings reports.",
                "Penguins are flightless birds that live mostly in the Southern Hemisphere.");
        float[] query = embed(List.of(QUESTION), "query").vectors().getFirst();
        List<float[]> documents = embed(passages, "document").vectors();

        assertThat(Cosine.of(query, documents.get(0)))
                .isGreaterThan(Cosine.of(query, documents.get(1)))
                .isGreaterThan(Cosine.of(query, documents.get(2)));
    }
}
