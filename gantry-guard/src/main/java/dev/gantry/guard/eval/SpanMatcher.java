package dev.gantry.guard.eval;

import dev.gantry.guard.Finding;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Pairs predictions with gold spans of one type in one text, one to one. Candidate pairs allowed by the rule are
 * taken by decreasing IoU, so a prediction that fits one gold span well is not spent on a poorer neighbour.
 */
final class SpanMatcher {
    private SpanMatcher() {}

    static TypeScore score(String type, List<Finding> findings, List<GoldSpan> spans, MatchRule rule) {
        List<Finding> predicted = findings.stream().filter(f -> f.type().equals(type)).toList();
        List<GoldSpan> gold = spans.stream().filter(g -> g.type().equals(type)).toList();
        return new TypeScore(type, gold.size(), predicted.size(), pairs(predicted, gold, rule));
    }

    private static int pairs(List<Finding> predicted, List<GoldSpan> gold, MatchRule rule) {
        List<Candidate> candidates = new ArrayList<>();
        for (int p = 0; p < predicted.size(); p++) {
            for (int g = 0; g < gold.size(); g++) {
                Finding f = predicted.get(p);
                GoldSpan s = gold.get(g);
                if (rule.matches(f.start(), f.end(), s.start(), s.end())) {
                    candidates.add(new Candidate(p, g, MatchRule.iou(f.start(), f.end(), s.start(), s.end())));
                }
            }
        }
        candidates.sort(Comparator.comparingDouble(Candidate::iou).reversed());
        boolean[] predictionUsed = new boolean[predicted.size()];
        boolean[] goldUsed = new boolean[gold.size()];
        int matched = 0;
        for (Candidate c : candidates) {
            if (predictionUsed[c.prediction()] || goldUsed[c.gold()]) continue;
            predictionUsed[c.prediction()] = true;
            goldUsed[c.gold()] = true;
            matched++;
        }
        return matched;
    }

    private record Candidate(int prediction, int gold, double iou) {}
}
