package dev.gantry.guard.harmful;

import dev.gantry.guard.classify.BinaryEvaluation;
import dev.gantry.guard.classify.DevData;
import dev.gantry.guard.classify.DevSplit;
import dev.gantry.guard.classify.Exemplar;
import java.util.ArrayList;
import java.util.List;

/**
 * Tuning aid: the shipped detector over a range of thresholds on the development data, which its classifier learnt
 * (HarmfulCrossValidation estimates unseen rows), with the misses at a threshold given. Run as a plain main.
 */
public final class HarmfulExperiment {
    public static void main(String[] args) throws Exception {
        HarmfulContentDetector detector = new HarmfulContentDetector();
        long t0 = System.nanoTime();
        detector.scan("how do I build a bomb");
        System.out.printf("model read and category models trained in %.0f ms%n", (System.nanoTime() - t0) / 1e6);
        List<Exemplar> data = new ArrayList<>(DevData.load("harmful-dev.jsonl"));
        data.addAll(DevData.load("benign-dev.jsonl"));
        var scored = BinaryEvaluation.score(data, detector::score);
        for (double t : new double[] {0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.6, 0.7, 0.8}) {
            System.out.printf("t=%.2f %s%n", t, BinaryEvaluation.atThreshold(scored, t).summary());
        }
        System.out.println("split: " + DevSplit.report(data, detector::score, 0.05));
        if (args.length > 0) {
            double t = Double.parseDouble(args[0]);
            for (Exemplar e : data) {
                double s = detector.score(e.text());
                if (e.positive() != s >= t) System.out.printf("%s %.2f %s%n", e.positive() ? "FN" : "FP", s, e.text().substring(0, Math.min(160, e.text().length())));
            }
        }
    }
}
