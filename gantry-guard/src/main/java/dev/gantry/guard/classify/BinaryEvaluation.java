package dev.gantry.guard.classify;

import dev.gantry.guard.Detector;
import dev.gantry.guard.Finding;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;

/** Confusion counts of a binary detector on labelled texts, and the figures derived from them. */
public record BinaryEvaluation(long truePositives, long falsePositives, long trueNegatives, long falseNegatives) {

    /** Evaluates a detector on a JSONL file ({@code text}, {@code label}); a text counts as flagged when it has any finding. */
    public static BinaryEvaluation evaluate(Path jsonl, Detector detector) throws IOException {
        return of(Exemplars.fromFile(jsonl), text -> !detector.scan(text).isEmpty());
    }

    public static BinaryEvaluation of(List<Exemplar> data, Predicate<String> flagged) {
        long tp = 0, fp = 0, tn = 0, fn = 0;
        for (Exemplar e : data) {
            boolean flag = flagged.test(e.text());
            if (e.positive()) {
                if (flag) tp++; else fn++;
            } else {
                if (flag) fp++; else tn++;
            }
        }
        return new BinaryEvaluation(tp, fp, tn, fn);
    }

    /** A detector's score for a text: its most confident finding, 0 when it found nothing. */
    public static double maxScore(Detector detector, String text) {
        return detector.scan(text).stream().mapToDouble(Finding::score).max().orElse(0);
    }

    /** Scores every text once so that many thresholds can be tried cheaply. */
    public static List<Scored> score(List<Exemplar> data, ToDoubleFunction<String> scorer) {
        return data.stream().map(e -> new Scored(scorer.applyAsDouble(e.text()), e.positive())).toList();
    }

    /** Flagging rule "score >= threshold" applied to already scored texts. */
    public static BinaryEvaluation atThreshold(List<Scored> scored, double threshold) {
        long tp = 0, fp = 0, tn = 0, fn = 0;
        for (Scored s : scored) {
            boolean flag = s.score() >= threshold;
            if (s.positive()) {
                if (flag) tp++; else fn++;
            } else {
                if (flag) fp++; else tn++;
            }
        }
        return new BinaryEvaluation(tp, fp, tn, fn);
    }

    /**
     * The lowest threshold (so the highest recall) whose false-positive rate stays within {@code maxFalsePositiveRate}:
     * just above the score of the negative that would exceed the budget.
     */
    public static double thresholdForFalsePositiveRate(List<Scored> scored, double maxFalsePositiveRate) {
        List<Double> negatives = scored.stream().filter(s -> !s.positive()).map(Scored::score)
                .sorted(Comparator.reverseOrder()).toList();
        int allowed = (int) Math.floor(maxFalsePositiveRate * negatives.size());
        if (allowed >= negatives.size()) return 0;
        return Math.nextUp(negatives.get(allowed));
    }

    public double precision() {
        return ratio(truePositives, truePositives + falsePositives);
    }

    public double recall() {
        return ratio(truePositives, truePositives + falseNegatives);
    }

    public double f1() {
        double p = precision(), r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public double falsePositiveRate() {
        return ratio(falsePositives, falsePositives + trueNegatives);
    }

    public String summary() {
        return String.format(Locale.ROOT, "precision=%.3f recall=%.3f f1=%.3f fpr=%.3f (tp=%d fp=%d tn=%d fn=%d)",
                precision(), recall(), f1(), falsePositiveRate(), truePositives, falsePositives, trueNegatives, falseNegatives);
    }

    private static double ratio(long numerator, long denominator) {
        return denominator == 0 ? 0 : (double) numerator / denominator;
    }

    /** A text's score and its true label. */
    public record Scored(double score, boolean positive) {
    }
}
