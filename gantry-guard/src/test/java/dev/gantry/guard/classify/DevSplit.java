package dev.gantry.guard.classify;

import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * Estimates how figures hold up on unseen data: picks the threshold on one half of the development data under the
 * false-positive budget and reports the other half at that threshold.
 */
public final class DevSplit {
    private DevSplit() {
    }

    public static String report(List<Exemplar> data, ToDoubleFunction<String> scorer, double fprBudget) {
        var tuning = BinaryEvaluation.score(DevData.half(data, true), scorer);
        var heldOut = BinaryEvaluation.score(DevData.half(data, false), scorer);
        double threshold = BinaryEvaluation.thresholdForFalsePositiveRate(tuning, fprBudget);
        return String.format(Locale.ROOT, "threshold %.3f from even rows: tuning %s | held out %s", threshold,
                BinaryEvaluation.atThreshold(tuning, threshold).summary(), BinaryEvaluation.atThreshold(heldOut, threshold).summary());
    }
}
