package dev.gantry.provider.gemini.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gantry.core.error.ErrorKind;
import dev.gantry.core.error.GantryException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class GeminiEmbeddingCodecTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void should_write_one_request_per_text_with_the_qualified_model() throws Exception {
        byte[] body = GeminiEmbeddingCodec.writeBatch("text-embedding-004", List.of("a", "b \"q\""), 256);

        assertThat(JSON.readTree(body)).isEqualTo(JSON.readTree("""
                {"requests":[
                 {"model":"models/text-embedding-004","content":{"parts":[{"text":"a"}]},"outputDimensionality":256},
                 {"model":"models/text-embedding-004","content":{"parts":[{"text":"b \\"q\\""}]},"outputDimensionality":256}]}"""));
        assertThat(new String(GeminiEmbeddingCodec.writeBatch("models/m", List.of("x"), null), StandardCharsets.UTF_8))
                .isEqualTo("{\"requests\":[{\"model\":\"models/m\",\"content\":{\"parts\":[{\"text\":\"x\"}]}}]}");
    }

    @Test
    void should_read_vectors_in_order_skipping_unknown_fields() {
        String body = "{\"embeddings\":[{\"values\":[0.5,-1,2.25]},{\"extra\":{\"a\":[1]},\"values\":[]}],\"usageMetadata\":{}}";

        List<float[]> vectors = GeminiEmbeddingCodec.readVectors(body.getBytes(StandardCharsets.UTF_8));

        assertThat(vectors).hasSize(2);
        assertThat(vectors.get(0)).containsExactly(0.5f, -1f, 2.25f);
        assertThat(vectors.get(1)).isEmpty();
    }

    @Test
    void should_read_vectors_longer_than_the_initial_buffer() {
        StringBuilder sb = new StringBuilder("{\"embeddings\":[{\"values\":[");
        for (int i = 0; i < 3000; i++) sb.append(i == 0 ? "" : ",").append(i);
        byte[] body = sb.append("]}]}").toString().getBytes(StandardCharsets.UTF_8);

        float[] v = GeminiEmbeddingCodec.readVectors(body).get(0);

        assertThat(v).hasSize(3000);
        assertThat(v[2999]).isEqualTo(2999f);
    }

    @Test
    void should_fail_as_malformed_on_a_body_of_the_wrong_shape() {
        assertThatThrownBy(() -> GeminiEmbeddingCodec.readVectors("[1]".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(GantryException.class, e -> assertThat(e.kind()).isEqualTo(ErrorKind.MALFORMED_RESPONSE));
        assertThatThrownBy(() -> GeminiEmbeddingCodec.readVectors("{\"embeddings\":[{}]}".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(GantryException.class);
    }
}
