package dev.gantry.guard.harmful;

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
 * Estimates the detector on unseen development rows, trained as the shipped one is ({@link HarmfulTraining}): k folds
 * over harmful-dev + benign-dev, each scored by a model trained on the training rows and the other folds. Run as a
 * plain main: {@code HarmfulCrossValidation [copies] [folds]}, {@code -DfoldSeed=S} for random folds.
 */
public final class HarmfulCrossValidation {
    public static void main(String[] args) throws Exception {
        int copies = args.length > 0 ? Integer.parseInt(args[0]) : HarmfulTraining.COPIES_PER_DEV_ROW;
        int folds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        long seed = Long.getLong("foldSeed", -1);
        List<Scored> outOfFold = run(copies, folds, seed);
        System.out.printf("copies=%d folds=%d foldSeed=%d%n", copies, folds, seed);
        for (double t : new double[] {0.35, 0.4, 0.45, 0.5, 0.55, 0.6}) {
            System.out.printf("t=%.2f out-of-fold %s%n", t, BinaryEvaluation.atThreshold(outOfFold, t).summary());
        }
    }

    static List<Exemplar> devRows() throws IOException {
        List<Exemplar> dev = new ArrayList<>(DevData.load("harmful-dev.jsonl"));
        dev.addAll(DevData.load("benign-dev.jsonl"));
        return dev;
    }

    /** Out-of-fold scores of every development row; folds by row parity when {@code seed} is negative. */
    static List<Scored> run(int copies, int folds, long seed) throws IOException {
        List<Scored> outOfFold = new ArrayList<>();
        for (Folds.Split split : Folds.of(devRows(), folds, seed)) {
            TextClassifier model = HarmfulTraining.train(split.training(), copies);
            TextClassifier glossModel = HarmfulTraining.trainGloss(split.training(), copies);
            HarmfulContentDetector detector = new HarmfulContentDetector(HarmfulContentDetector.DEFAULT_THRESHOLD, Optional.empty(),
                    () -> model, () -> glossModel);
            for (Exemplar e : split.heldOut()) outOfFold.add(new Scored(detector.score(e.text()), e.positive()));
        }
        return outOfFold;
    }

    private HarmfulCrossValidation() {
    }
}
