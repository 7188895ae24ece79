package dev.gantry.embed.onnx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.gantry.core.chat.CallOptions;
import dev.gantry.core.embed.EmbeddingRequest;
import dev.gantry.core.embed.EmbeddingResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * What every shipped model must do, run against the real model files; each subclass loads its model once. The
 * first group mirrors the provider-neutral part of {@code EmbeddingModelContract} (which itself needs the fake
 * provider's deterministic vectors and so only fits remote adapters).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class LocalModelChecks {
    /** Anchor, paraphrase, unrelated: the paraphrase must score closer to the anchor than the unrelated text. */
    private static final List<List<String>> TRIPLES = List.of(
            List.of("How do I reset my password?", "What are the steps to change my login password?",
                    "The recipe calls for two cups of flour."),
            List.of("The cat is sleeping on the sofa.", "A kitten naps on the couch.",
                    "Stock markets fell sharply on Monday."),
            List.of("The weather is sunny and warm today.", "It is a bright, hot day outside.",
                    "He plays the violin in a symphony orchestra."));

    /** Distinct topics and very different lengths, so each vector has one unambiguous single-text counterpart. */
    static final List<String> MIXED = List.of(
            "Photosynthesis converts light energy into chemical energy stored in glucose, releasing oxygen as a"
                    + " by-product; it takes place in the chloroplasts of plant cells and some bacteria.",
            "Jazz.",
            "",
            "The central bank raised interest rates by half a percentage point to curb inflation.",
            "A goalkeeper saved the penalty in the final minute.",
            "Volcanic eruptions eject ash, lava and gases; the largest ones can cool the global climate for years"
                    + " by filling the stratosphere with sulphate aerosols that reflect sunlight back to space.");

    protected OnnxEmbeddingModel model;

    protected abstract String modelId();

    /** Lowest cosine accepted between a text embedded inside a batch and alone (quantized models drift a little). */
    protected double batchAgreement() {
        return 0.98;
    }

    /**
     * Lowest cosine accepted against the reference vectors. The reference ran another ONNX Runtime version, whose
     * integer kernels round slightly differently (down to 0.9985 measured on bge-small-en-v1.5-q); a wrong pooling
     * or a missing special token lands far lower.
     */
    protected double referenceAgreement() {
        return 0.995;
    }

    @BeforeAll
    void loadModel() {
        model = new OnnxEmbeddingModel();
        model.preload(modelId());
    }

    @AfterAll
    void closeModel() {
        model.close();
    }

    /**
     * Order is checked by nearest neighbour, not by a cosine bar: quantized models quantize activations over the
     * whole batch tensor, so a very short text padded among long ones drifts most (the empty string here reaches
     * only 0.97 on all-minilm-l6-v2-q). The cosine bar for batching is in the multi-batch test below.
     */
    @Test
    void should_return_one_vector_per_input_in_input_order() {
        List<float[]> batched = embed(MIXED).vectors();

        assertThat(batched).hasSize(MIXED.size());
        for (int i = 0; i < MIXED.size(); i++) {
            float[] alone = embedOne(MIXED.get(i));
            assertThat(indexOfClosest(alone, batched)).as("closest batched vector to input %d", i).isEqualTo(i);
        }
    }

    @Test
    void should_embed_an_empty_string_as_the_special_tokens_alone() {
        EmbeddingResponse response = embed(List.of(""));

        assertThat(response.usage().inputTokens()).isEqualTo(2);
        assertThat(Cosine.length(response.vectors().getFirst())).isCloseTo(1.0, within(1e-4));
    }

    /** A reference text that carries the query instruction already is embedded here as a document. */
    @Test
    void should_match_an_independent_implementation_of_the_same_model() {
        for (ReferenceVectors reference : ReferenceVectors.of(modelId())) {
            assertThat(Cosine.of(embedOne(reference.text()), reference.vector()))
                    .as("'%s'", reference.text()).isGreaterThan(referenceAgreement());
        }
    }

    @Test
    void should_accept_its_own_dimensions_and_report_the_model_name() {
        EmbeddingResponse response = model.embed(new EmbeddingRequest("local/" + modelId(), List.of("alpha"),
                LocalEmbeddingModels.byId(modelId()).dimensions(), null, null, null), CallOptions.DEFAULT);

        assertThat(response.model()).isEqualTo(modelId());
        assertThat(response.vectors().getFirst()).hasSize(384);
    }

    @Test
    void should_report_the_tokens_the_model_processed() {
        // [CLS] one two three [SEP] + [CLS] four five [SEP]
        EmbeddingResponse response = embed(List.of("one two three", "four five"));

        assertThat(response.usage().inputTokens()).isEqualTo(9);
        assertThat(response.usage().outputTokens()).isZero();
    }

    @Test
    void should_return_unit_length_vectors() {
        assertThat(embed(MIXED).vectors()).allSatisfy(v -> assertThat(Cosine.length(v)).isCloseTo(1.0, within(1e-4)));
    }

    @Test
    void should_score_paraphrases_closer_than_unrelated_texts() {
        for (List<String> triple : TRIPLES) {
            List<float[]> v = embed(triple).vectors();
            assertThat(Cosine.of(v.get(0), v.get(1))).as("paraphrase of '%s'", triple.getFirst())
                    .isGreaterThan(Cosine.of(v.get(0), v.get(2)) + 0.2);
        }
    }

    @Test
    void should_give_the_same_vectors_batched_as_one_by_one_across_several_batches() {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 70; i++) {
            texts.add(MIXED.get(i % MIXED.size()) + " Note " + i + " of " + "a very long list ".repeat(i % 7));
        }

        List<float[]> batched = embed(texts).vectors();

        for (int i = 0; i < texts.size(); i++) {
            assertThat(Cosine.of(batched.get(i), embedOne(texts.get(i)))).as("text %d", i)
                    .isGreaterThanOrEqualTo(batchAgreement());
        }
    }

    @Test
    void should_truncate_long_text_to_the_model_limit() {
        String longText = "The committee reviewed the annual budget and approved new funding for schools. ".repeat(200);
        int maxTokens = LocalEmbeddingModels.byId(modelId()).maxTokens();

        EmbeddingResponse response = embed(List.of(longText));
        float[] withDifferentTail = embedOne(longText + " Volcanoes, penguins and quantum chromodynamics.");

        assertThat(response.usage().inputTokens()).isEqualTo(maxTokens);
        assertThat(Cosine.of(response.vectors().getFirst(), withDifferentTail)).isGreaterThan(0.9999);
    }

    @Test
    void should_give_the_same_answers_to_concurrent_callers() throws Exception {
        List<float[]> expected = embed(MIXED).vectors();
        try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
            List<Future<List<float[]>>> answers = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                answers.add(pool.submit(() -> embed(MIXED).vectors()));
            }
            for (Future<List<float[]>> answer : answers) {
                List<float[]> got = answer.get();
                for (int i = 0; i < expected.size(); i++) {
                    assertThat(Cosine.of(got.get(i), expected.get(i))).isGreaterThan(0.9999);
                }
            }
        }
    }

    protected EmbeddingResponse embed(List<String> texts) {
        return embed(texts, null);
    }

    protected EmbeddingResponse embed(List<String> texts, String inputType) {
        Map<String, Object> extra = inputType == null ? Map.of() : Map.of("input_type", inputType);
        return model.embed(new EmbeddingRequest(modelId(), texts, null, null, null, extra), CallOptions.DEFAULT);
    }

    protected float[] embedOne(String text) {
        return embed(List.of(text)).vectors().getFirst();
    }

    private static int indexOfClosest(float[] target, List<float[]> candidates) {
        int best = -1;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < candidates.size(); i++) {
            double score = Cosine.of(target, candidates.get(i));
            if (score > bestScore) {
                bestScore = score;
                best = i;
            }
        }
        return best;
    }
}
