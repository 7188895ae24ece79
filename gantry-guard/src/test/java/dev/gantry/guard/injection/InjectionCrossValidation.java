package dev.gantry.guard.injection;

import dev.gantry.guard.classify.BinaryEvaluation;
import dev.gantry.guard.classify.BinaryEvaluation.Scored;
import dev.gantry.guard.classify.DevData;
import dev.gantry.guard.classify.Exemplar;
import dev.gantry.guard.classify.Folds;
import dev.gantry.guard.classify.TextClassifier;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Estimates the detector on unseen rows of the injection dev set, trained as the shipped one is ({@link
 * InjectionTraining}): k folds, each scored by a model trained on the exemplars plus the rows of the other folds.
 * benign-dev is never trained on; each fold model scores all of it. Run as a plain main:
 * {@code InjectionCrossValidation [copies] [folds]}, {@code -DfoldSeed=S} for random folds, {@code -Dmisses=true}.
 */
public final class InjectionCrossValidation {
    /** Out-of-fold scores of the dev rows, and every fold model's scores of benign-dev. */
    record Result(List<Scored> outOfFold, List<List<Scored>> benignByFold, List<String> misses) {
        BinaryEvaluation heldOut(double threshold) {
            return BinaryEvaluation.atThreshold(outOfFold, threshold);
        }

        /** The mean false-positive rate of the fold models on benign-dev. */
        double benignFalsePositiveRate(double threshold) {
            return benignByFold.stream().mapToDouble(s -> BinaryEvaluation.atThreshold(s, threshold).falsePositiveRate()).average().orElse(0);
        }
    }

    public static void main(String[] args) throws Exception {
        int copies = args.length > 0 ? Integer.parseInt(args[0]) : InjectionTraining.COPIES_PER_DEV_ROW;
        int folds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        long seed = Long.getLong("foldSeed", -1);
        Result result = run(copies, folds, seed);
        System.out.printf("copies=%d folds=%d foldSeed=%d%n", copies, folds, seed);
        for (double t : new double[] {0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9}) {
            System.out.printf("t=%.2f out-of-fold %s | benign-dev fpr=%.4f%n", t, result.heldOut(t).summary(), result.benignFalsePositiveRate(t));
        }
        if (Boolean.getBoolean("misses")) result.misses().forEach(System.out::println);
    }

    static Result run(int copies, int folds, long seed) throws IOException {
        List<Exemplar> dev = DevData.load("prompt-injection-dev.jsonl");
        List<Exemplar> benign = DevData.load("benign-dev.jsonl");
        List<Scored> outOfFold = new ArrayList<>();
        List<List<Scored>> benignByFold = new ArrayList<>();
        List<String> misses = new ArrayList<>();
        for (Folds.Split split : Folds.of(dev, folds, seed)) {
            List<Exemplar> heldOut = split.heldOut();
            TextClassifier model = InjectionTraining.train(split.training(), copies);
            TextClassifier documents = InjectionTraining.trainDocuments(split.training(), copies);
            InjectionDetector detector = new InjectionDetector(InjectionDetector.DEFAULT_THRESHOLD, Optional.empty(), () -> model,
                    () -> documents);
            for (Exemplar e : heldOut) {
                double s = detector.score(e.text());
                outOfFold.add(new Scored(s, e.positive()));
                if (e.positive() != s >= InjectionDetector.DEFAULT_THRESHOLD) misses.add(miss(e, s));
            }
            benignByFold.add(BinaryEvaluation.score(benign, detector::score));
        }
        return new Result(outOfFold, benignByFold, misses);
    }

    private static String miss(Exemplar e, double score) {
        String text = e.text().substring(0, Math.min(140, e.text().length())).replace('\n', ' ');
        return String.format("%s %.2f %s", e.positive() ? "FN" : "FP", score, text);
    }

    /** Fold of each row: by position (row mod k) for a negative seed, else a seeded shuffle dealt round-robin. */
}
