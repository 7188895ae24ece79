package dev.gantry.guard.eval;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Result of a span-level evaluation: one row per scored type, the micro total over them, and the gold types the
 * detector does not claim to support (not scored, so they neither help nor hurt).
 */
public record PiiEvaluation(String detector, MatchRule rule, int documents, List<TypeScore> perType,
                            TypeScore micro, Set<String> notScored) {
    public PiiEvaluation {
        perType = List.copyOf(perType);
        notScored = Set.copyOf(notScored);
    }

    public Optional<TypeScore> score(String type) {
        return perType.stream().filter(s -> s.type().equals(type)).findFirst();
    }

    /** A Markdown table followed by the match rule and the unscored types. */
    public String markdown() {
        StringBuilder md = new StringBuilder();
        md.append("| type | gold | predicted | TP | precision | recall | F1 |\n");
        md.append("|---|---:|---:|---:|---:|---:|---:|\n");
        perType.forEach(s -> md.append(row(s.type(), s)));
        md.append(row("**micro**", micro));
        md.append("\n").append(documents).append(" documents, detector `").append(detector).append("`, match rule ")
                .append(rule == MatchRule.EXACT ? "exact span" : "same type and span IoU >= 0.5").append(".\n");
        if (!notScored.isEmpty()) {
            md.append("Not scored (unsupported by the detector): ")
                    .append(String.join(", ", notScored.stream().sorted().toList())).append(".\n");
        }
        return md.toString();
    }

    private static String row(String label, TypeScore s) {
        return "| " + label + " | " + s.gold() + " | " + s.predicted() + " | " + s.truePositives() + " | "
                + ratio(s.precision()) + " | " + ratio(s.recall()) + " | " + ratio(s.f1()) + " |\n";
    }

    private static String ratio(double value) {
        return Double.isNaN(value) ? "n/a" : String.format(Locale.ROOT, "%.3f", value);
    }
}
