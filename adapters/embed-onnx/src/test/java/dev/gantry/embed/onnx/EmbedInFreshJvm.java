package dev.gantry.embed.onnx;

import dev.gantry.core.chat.CallOptions;
import dev.gantry.core.embed.EmbeddingRequest;
import dev.gantry.core.embed.EmbeddingResponse;
import java.util.List;

/** Run by {@link LongCommandLineIT} in a child JVM: the first ONNX Runtime use of a fresh process. */
public final class EmbedInFreshJvm {
    private EmbedInFreshJvm() {
    }

    public static void main(String[] args) {
        try (OnnxEmbeddingModel model = new OnnxEmbeddingModel(OnnxEmbeddingOptions.defaults().withIntraOpThreads(1))) {
            EmbeddingResponse response = model.embed(new EmbeddingRequest(null, List.of("hello"), null, null, null, null),
                    CallOptions.DEFAULT);
            System.out.println("dimensions=" + response.vectors().getFirst().length);
        }
    }
}
