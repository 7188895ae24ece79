package dev.gantry.guard.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gantry.embed.onnx.OnnxEmbeddingModel;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class EmbeddingClassifierTest {
    private final OnnxEmbeddingModel closed = closedModel();

    @Test
    void readsWhatItWrote() throws IOException {
        EmbeddingClassifier model = new EmbeddingClassifier("all-minilm-l6-v2-q", new float[] {1f, -2f, 0.5f}, 0.25f, closed);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        model.writeTo(out);
        EmbeddingClassifier read = EmbeddingClassifier.read(new ByteArrayInputStream(out.toByteArray()), closed);
        assertThat(read.modelId()).isEqualTo("all-minilm-l6-v2-q");
        float[] v = {0.5f, 0.25f, 1f};
        double z = 0.25 + 0.5 - 0.5 + 0.5;
        assertThat(read.probability(v)).isCloseTo(1 / (1 + Math.exp(-z)), Offset.offset(1e-6));
    }

    @Test
    void refusesAFileOfAnotherKind() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ModelFiles.write(out, 0x1234, 1, o -> o.writeInt(7));
        assertThatThrownBy(() -> EmbeddingClassifier.read(new ByteArrayInputStream(out.toByteArray()), closed))
                .isInstanceOf(IOException.class).hasMessageContaining("not an embedding classifier");
    }

    @Test
    void namesTheDimensionsOfAVectorItCannotRead() {
        EmbeddingClassifier model = new EmbeddingClassifier("m", new float[384], 0f, closed);
        assertThatThrownBy(() -> model.probability(new float[768]))
                .hasMessageContaining("768 dimensions").hasMessageContaining("reads 384");
    }

    /** Like the remote layer, it fails open: the other layers decide when the model cannot answer. */
    @Test
    void answersNothingWhenTheModelCannotEmbed() {
        EmbeddingClassifier model = new EmbeddingClassifier("all-minilm-l6-v2-q", new float[384], 0f, closed);
        assertThat(model.probability("some text")).isEmpty();
    }

    private static OnnxEmbeddingModel closedModel() {
        OnnxEmbeddingModel model = new OnnxEmbeddingModel();
        model.close();
        return model;
    }
}
