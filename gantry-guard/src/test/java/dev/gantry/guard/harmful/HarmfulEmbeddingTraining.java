package dev.gantry.guard.harmful;

import dev.gantry.core.chat.CallOptions;
import dev.gantry.core.embed.EmbeddingModel;
import dev.gantry.core.embed.EmbeddingRequest;
import dev.gantry.guard.classify.DenseLogisticRegression;
import dev.gantry.guard.classify.EmbeddingClassifier;
import dev.gantry.guard.classify.Exemplar;
import dev.gantry.guard.classify.Exemplars;
import dev.gantry.guard.classify.LightNormalizer;
import dev.gantry.guard.classify.WrittenProse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How the embedding layer's weights are trained: the English requests written one by one (harmful and look-alike,
 * {@code harmful-written.jsonl}), the ordinary instructions and the development rows, each normalised as the detector
 * normalises and embedded one at a time as the detector embeds (quantised models give slightly different vectors in a
 * batch). The generated exemplars are left out: with them the layer caught fewer of English set 1 (decision 25).
 */
final class HarmfulEmbeddingTraining {
    static final String MODEL = HarmfulContentDetector.EMBEDDING_MODEL;

    private HarmfulEmbeddingTraining() {
    }

    static List<Exemplar> writtenRows() {
        List<Exemplar> rows = new ArrayList<>(Exemplars.fromResource("/guard/harmful-written.jsonl"));
        rows.addAll(Exemplars.fromResource("/guard/harmful-written-2.jsonl"));
        rows.addAll(Exemplars.fromResource("/guard/ordinary-instructions.jsonl"));
        rows.addAll(Exemplars.fromResource("/guard/ordinary-everyday.jsonl"));
        return rows;
    }

    /** Each distinct text's vector. */
    static Map<String, float[]> embed(List<Exemplar> rows, EmbeddingModel embeddings) {
        Map<String, float[]> vectors = new HashMap<>();
        for (Exemplar row : rows) {
            vectors.computeIfAbsent(row.text(), t -> embeddings.embed(new EmbeddingRequest(MODEL, List.of(LightNormalizer.normalize(t)),
                    null, null, null, Map.of()), CallOptions.DEFAULT).vectors().getFirst());
        }
        return vectors;
    }

    static EmbeddingClassifier train(List<Exemplar> rows, Map<String, float[]> vectors, EmbeddingModel embeddings) {
        List<float[]> xs = rows.stream().map(r -> vectors.get(r.text())).toList();
        List<Boolean> ys = rows.stream().map(Exemplar::positive).toList();
        DenseLogisticRegression.Weights w = DenseLogisticRegression.train(xs, ys);
        return new EmbeddingClassifier(MODEL, w.weights(), w.bias(), embeddings);
    }

    /** The shipped layer's rows: written rows, development rows and the ordinary prose ({@link WrittenProse}). */
    static List<Exemplar> shippedRows(List<Exemplar> devRows) {
        List<Exemplar> rows = new ArrayList<>(writtenRows());
        rows.addAll(devRows);
        rows.addAll(WrittenProse.rows());
        return rows;
    }
}
