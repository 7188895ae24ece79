package dev.gantry.guard.harmful;

import dev.gantry.embed.onnx.OnnxEmbeddingModel;
import dev.gantry.guard.classify.BinaryEvaluation;
import dev.gantry.guard.classify.BinaryEvaluation.Scored;
import dev.gantry.guard.classify.EmbeddingClassifier;
import dev.gantry.guard.classify.Exemplar;
import dev.gantry.guard.classify.Folds;
import dev.gantry.guard.classify.TextClassifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@link HarmfulCrossValidation} with the embedding layer: each fold's n-gram classifier and embedding weights learn
 * the training rows and the other folds, and the detector scores the held-out fold as {@link
 * HarmfulContentDetector#withEmbeddings} does. Run as a plain main: {@code HarmfulEmbeddingCrossValidation [folds]},
 * {@code -DfoldSeed=S} for random folds; about a minute on 2 cores.
 */
public final class HarmfulEmbeddingCrossValidation {
    public static void main(String[] args) throws Exception {
        int folds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        long seed = Long.getLong("foldSeed", -1);
        try (OnnxEmbeddingModel onnx = new OnnxEmbeddingModel()) {
            System.out.printf("embedding layer, folds=%d foldSeed=%d%n", folds, seed);
            Map<String, float[]> vectors = HarmfulEmbeddingTraining.embed(HarmfulEmbeddingTraining.shippedRows(HarmfulCrossValidation.devRows()), onnx);
            for (double t : new double[] {0.45, 0.5, 0.55, 0.6}) {
                System.out.printf("embedded t=%.2f out-of-fold %s%n", t, run(onnx, vectors, folds, seed, t).summary());
            }
        }
    }

    /** Out-of-fold decisions, a score the embedding layer took part in flagged from {@code embeddedThreshold}. */
    static BinaryEvaluation run(OnnxEmbeddingModel onnx, Map<String, float[]> vectors, int folds, long seed, double embeddedThreshold)
            throws Exception {
        List<Scored> decisions = new ArrayList<>();
        for (Folds.Split split : Folds.of(HarmfulCrossValidation.devRows(), folds, seed)) {
            TextClassifier ngrams = HarmfulTraining.train(split.training(), HarmfulTraining.COPIES_PER_DEV_ROW);
            TextClassifier glossNgrams = HarmfulTraining.trainGloss(split.training(), HarmfulTraining.COPIES_PER_DEV_ROW);
            EmbeddingClassifier embedding = HarmfulEmbeddingTraining.train(HarmfulEmbeddingTraining.shippedRows(split.training()), vectors, onnx);
            HarmfulContentDetector detector = new HarmfulContentDetector(HarmfulContentDetector.DEFAULT_THRESHOLD,
                    embeddedThreshold, Optional.empty(), () -> ngrams, () -> glossNgrams, Optional.of(embedding));
            for (Exemplar e : split.heldOut()) decisions.add(new Scored(detector.scan(e.text()).isEmpty() ? 0 : 1, e.positive()));
        }
        return BinaryEvaluation.atThreshold(decisions, 0.5);
    }

    private HarmfulEmbeddingCrossValidation() {
    }
}
