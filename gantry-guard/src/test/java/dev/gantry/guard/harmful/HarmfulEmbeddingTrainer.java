package dev.gantry.guard.harmful;

import dev.gantry.embed.onnx.OnnxEmbeddingModel;
import dev.gantry.guard.classify.EmbeddingClassifier;
import dev.gantry.guard.classify.Exemplar;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes the embedding layer's weights ({@code src/main/resources/guard/harmful-embedding-model.bin}) as {@link
 * HarmfulEmbeddingTraining} trains them: about 20 s on 2 cores, most of it embedding 6,300 rows. Run as {@link
 * HarmfulModelTrainer} is (same classpath), after changing the written or development rows.
 */
public final class HarmfulEmbeddingTrainer {
    public static void main(String[] args) throws Exception {
        Path target = Path.of(args.length > 0 ? args[0] : "gantry-guard/src/main/resources/guard/harmful-embedding-model.bin");
        try (OnnxEmbeddingModel onnx = new OnnxEmbeddingModel()) {
            List<Exemplar> rows = HarmfulEmbeddingTraining.shippedRows(HarmfulCrossValidation.devRows());
            EmbeddingClassifier model = HarmfulEmbeddingTraining.train(rows, HarmfulEmbeddingTraining.embed(rows, onnx), onnx);
            try (OutputStream out = Files.newOutputStream(target)) {
                model.writeTo(out);
            }
            System.out.printf("wrote %s (%,d bytes) from %,d rows%n", target, Files.size(target), rows.size());
        }
    }

    private HarmfulEmbeddingTrainer() {
    }
}
