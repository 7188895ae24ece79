package dev.gantry.guard.classify;

import dev.gantry.guard.Detector;
import dev.gantry.guard.Finding;
import dev.gantry.guard.harmful.HarmfulContentDetector;
import dev.gantry.guard.injection.InjectionDetector;
import java.nio.file.Path;
import java.util.List;

/**
 * Tuning aid: the rows of a labelled file that a shipped detector gets wrong, with the finding's score and reason.
 * {@code java -cp ... dev.gantry.guard.classify.GuardErrors injection|harmful FILE.jsonl}
 */
public final class GuardErrors {
    private GuardErrors() {
    }

    public static void main(String[] args) throws Exception {
        Detector detector = args[0].equals("harmful") ? new HarmfulContentDetector() : new InjectionDetector();
        int errors = 0;
        List<Exemplar> rows = Exemplars.fromFile(Path.of(args[1]));
        for (Exemplar e : rows) {
            List<Finding> findings = detector.scan(e.text());
            if (e.positive() != !findings.isEmpty()) {
                errors++;
                String why = findings.isEmpty() ? "" : String.format("%.2f %s", findings.get(0).score(), findings.get(0).reason());
                System.out.printf("%s [%s] %s%n     %s%n", e.positive() ? "FN" : "FP", e.category(), e.text(), why);
            }
        }
        System.out.printf("%d errors in %d rows%n", errors, rows.size());
    }
}
