package dev.gantry.embed.onnx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.gantry.core.error.ErrorKind;
import dev.gantry.core.error.GantryException;
import org.junit.jupiter.api.Test;

class ModelLoaderTest {

    @Test
    void should_name_the_missing_resource_and_the_artifact_to_add() {
        LocalModelSpec absent = new LocalModelSpec("absent-model", 384, 128, Pooling.MEAN, "", "absent.onnx",
                "absent-tokenizer.json", "org.example:absent-model");

        GantryException e = catchThrowableOfType(GantryException.class,
                () -> ModelLoader.load(absent, OnnxEmbeddingOptions.defaults()));

        assertThat(e.kind()).isEqualTo(ErrorKind.INTERNAL);
        assertThat(e.getMessage()).contains("'absent-model'", "'absent-tokenizer.json'", "org.example:absent-model");
    }
}
