package dev.gantry.knowledge;

import dev.gantry.core.chat.CallOptions;
import dev.gantry.core.embed.EmbeddingRequest;
import dev.gantry.embed.onnx.OnnxEmbeddingModel;
import java.util.List;
import java.util.Map;

/** The real in-process model the server uses, for tests: all-MiniLM-L6-v2 quantized. */
public final class OnnxEmbedder implements TextEmbedder, AutoCloseable {
    public static final String MODEL = "all-minilm-l6-v2-q";
    private final OnnxEmbeddingModel onnx = new OnnxEmbeddingModel();

    @Override
    public List<float[]> embed(List<String> texts) {
        return onnx.embed(new EmbeddingRequest(MODEL, texts, null, null, null, Map.of("input_type", "document")),
                CallOptions.DEFAULT).vectors();
    }

    @Override
    public void close() {
        onnx.close();
    }
}
