package dev.gantry.guard.classify;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/** Tuning aid: a detector's catches and false positives on a labelled file, in all and per language (the category). */
public final class ByLanguage {
    private ByLanguage() {
    }

    /** One line: "all tp/positives fp fp/negatives" and the same per language. */
    public static String summary(String name, List<Exemplar> rows, ToDoubleFunction<String> score, double threshold) {
        Map<String, int[]> counts = new TreeMap<>((a, b) -> a.equals("all") ? (b.equals("all") ? 0 : -1) : b.equals("all") ? 1 : a.compareTo(b));
        // per key: caught, positives, flagged, negatives
        for (Exemplar e : rows) {
            boolean flagged = score.applyAsDouble(e.text()) >= threshold;
            for (String key : e.category().isEmpty() ? List.of("all") : List.of("all", e.category())) {
                int[] c = counts.computeIfAbsent(key, k -> new int[4]);
                if (e.positive()) {
                    c[1]++;
                    if (flagged) c[0]++;
                } else {
                    c[3]++;
                    if (flagged) c[2]++;
                }
            }
        }
        StringBuilder line = new StringBuilder(String.format("%-50s", name));
        counts.forEach((k, c) -> line.append(String.format("  %s %d/%d fp %d/%d", k, c[0], c[1], c[2], c[3])));
        return line.toString();
    }

    /** The rows a detector gets wrong, with their score and what {@code explain} says of each (e.g. its gloss). */
    public static void printErrors(List<Exemplar> rows, ToDoubleFunction<String> score, double threshold, Function<String, String> explain) {
        for (Exemplar e : rows) {
            double s = score.applyAsDouble(e.text());
            if (e.positive() == s >= threshold) continue;
            System.out.printf("  %s %.2f [%s] %s%n      %s%n", e.positive() ? "FN" : "FP", s, e.category(), e.text(), explain.apply(e.text()));
        }
    }
}
