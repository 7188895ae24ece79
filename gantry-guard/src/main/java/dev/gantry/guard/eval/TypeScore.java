package dev.gantry.guard.eval;

/**
 * Span counts for one entity type (or all of them, for the micro total). Ratios are NaN when undefined: precision
 * without predictions, recall without gold spans, F1 without either.
 */
public record TypeScore(String type, int gold, int predicted, int truePositives) {
    public double precision() {
        return predicted == 0 ? Double.NaN : (double) truePositives / predicted;
    }

    public double recall() {
        return gold == 0 ? Double.NaN : (double) truePositives / gold;
    }

    /** 2TP / (gold + predicted), the harmonic mean of precision and recall (0 when either is 0). */
    public double f1() {
        return gold + predicted == 0 ? Double.NaN : 2.0 * truePositives / (gold + predicted);
    }

    TypeScore plus(TypeScore other) {
        return new TypeScore(type, gold + other.gold, predicted + other.predicted,
                truePositives + other.truePositives);
    }
}
