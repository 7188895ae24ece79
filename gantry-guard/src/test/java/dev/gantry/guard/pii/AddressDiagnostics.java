package dev.gantry.guard.pii;

import dev.gantry.guard.Finding;
import dev.gantry.guard.eval.GoldSpan;
import dev.gantry.guard.eval.LabeledText;
import dev.gantry.guard.eval.MatchRule;
import dev.gantry.guard.eval.PresidioDataset;
import java.nio.file.Path;
import java.util.List;

/**
 * Prints the street-address findings that match no gold span (FP) and the gold spans no finding matches (FN) on a
 * Presidio-style file, with the text around them, to see what the grammar misses. Args: pii-dev.json.
 */
public final class AddressDiagnostics {
    public static void main(String[] args) {
        PiiDetector detector = new PiiDetector(PiiTypes.ALL);
        for (LabeledText sample : PresidioDataset.read(Path.of(args[0]))) {
            String text = sample.text();
            List<Finding> found = detector.scan(text).stream()
                    .filter(f -> f.type().equals(PiiTypes.STREET_ADDRESS)).toList();
            List<GoldSpan> gold = sample.spans().stream()
                    .filter(g -> g.type().equals(PiiTypes.STREET_ADDRESS)).toList();
            for (Finding f : found) {
                if (gold.stream().noneMatch(g -> MatchRule.IOU_HALF.matches(f.start(), f.end(), g.start(), g.end()))) {
                    System.out.println("FP\t" + show(text, f.start(), f.end()));
                }
            }
            for (GoldSpan g : gold) {
                if (found.stream().noneMatch(f -> MatchRule.IOU_HALF.matches(f.start(), f.end(), g.start(), g.end()))) {
                    System.out.println("FN\t" + show(text, g.start(), g.end()));
                }
            }
        }
    }

    static String show(String text, int start, int end) {
        String before = text.substring(Math.max(0, start - 40), start);
        String after = text.substring(end, Math.min(text.length(), end + 30));
        return (before + "[[" + text.substring(start, end) + "]]" + after).replace("\n", "\\n");
    }
}
