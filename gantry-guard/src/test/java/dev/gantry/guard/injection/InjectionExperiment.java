package dev.gantry.guard.injection;

import dev.gantry.guard.classify.BinaryEvaluation;
import dev.gantry.guard.classify.DevData;
import dev.gantry.guard.classify.Exemplar;
import java.util.List;

/**
 * Tuning aid: prints the shipped detector's figures over a range of thresholds on the development data, which it was
 * trained on (so they flatter it: {@link InjectionCrossValidation} estimates unseen rows), and on benign-dev, which it
 * never saw. With a threshold argument, lists the texts it gets wrong. Run as a plain main.
 */
public final class InjectionExperiment {
    public static void main(String[] args) throws Exception {
        InjectionDetector detector = new InjectionDetector();
        long t0 = System.nanoTime();
        detector.score("warm up");
        System.out.printf("model read in %.0f ms%n", (System.nanoTime() - t0) / 1e6);
        List<Exemplar> injection = DevData.load("prompt-injection-dev.jsonl");
        List<Exemplar> benign = DevData.load("benign-dev.jsonl");
        var scored = BinaryEvaluation.score(injection, detector::score);
        var benignScored = BinaryEvaluation.score(benign, detector::score);
        for (double t : new double[] {0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95}) {
            System.out.printf("t=%.2f dev %s | benign fpr=%.4f%n", t, BinaryEvaluation.atThreshold(scored, t).summary(),
                    BinaryEvaluation.atThreshold(benignScored, t).falsePositiveRate());
        }
        if (args.length > 0) {
            double t = Double.parseDouble(args[0]);
            for (Exemplar e : injection) {
                double s = detector.score(e.text());
                if (e.positive() != s >= t) System.out.printf("%s %.2f %s%n", e.positive() ? "FN" : "FP", s, e.text().substring(0, Math.min(160, e.text().length())));
            }
            for (Exemplar e : benign) {
                double s = detector.score(e.text());
                if (s >= t) System.out.printf("BENIGN-FP %.2f %s%n", s, e.text());
            }
        }
    }
}
