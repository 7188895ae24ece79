package dev.gantry.guard.judge;

import dev.gantry.guard.Detector;
import dev.gantry.guard.Finding;
import dev.gantry.guard.harmful.HarmfulContentDetector;
import java.util.List;
import java.util.Locale;

/**
 * The harmful-content detector with an LLM judge for its uncertain band: texts the classifier scores from
 * {@code from} up to its own threshold are not flagged by it, but are close enough that a model is asked. Only
 * that band pays for a model call; a judge that cannot decide leaves the classifier's verdict (no finding).
 */
public final class JudgedHarmfulDetector implements Detector {
    /** The score of a finding the judge made: the classifier alone stayed under its threshold. */
    static final double JUDGED_SCORE = 0.75;
    private final HarmfulContentDetector classifier;
    private final Judge judge;
    private final double from;

    /** @param from lowest classifier score that is judged; texts below it pass without a model call */
    public JudgedHarmfulDetector(HarmfulContentDetector classifier, Judge judge, double from) {
        if (!(from >= 0 && from <= 1)) throw new IllegalArgumentException("from " + from + " is not in [0, 1]");
        this.classifier = classifier;
        this.judge = judge;
        this.from = from;
    }

    @Override
    public String name() {
        return classifier.name();
    }

    @Override
    public List<Finding> scan(String text) {
        List<Finding> found = classifier.scan(text);
        if (!found.isEmpty() || text == null || text.isBlank()) return found;
        double score = classifier.score(text);
        if (score < from) return List.of();
        return judge.judge(text).filter(JudgeVerdict::harmful).map(v -> List.of(finding(text, v, score)))
                .orElse(List.of());
    }

    private Finding finding(String text, JudgeVerdict v, double score) {
        String category = HarmCategories.ALL.contains(v.category()) ? v.category() : "OTHER";
        String reason = String.format(Locale.ROOT, "the LLM judge rated it harmful (%s); the classifier alone scored "
                + "%.2f, in the uncertain band from %.2f", category, score, from);
        return new Finding(HarmfulContentDetector.TYPE_PREFIX + category, 0, text.length(), JUDGED_SCORE, reason);
    }
}
