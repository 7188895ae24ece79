package dev.gantry.guard.eval;

import dev.gantry.guard.Detector;
import dev.gantry.guard.Finding;
import dev.gantry.guard.pii.PiiDetector;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Span-level evaluation of a {@link Detector} against annotated texts. Within each text and type, predictions and
 * gold spans are paired one to one under a {@link MatchRule}; each pair is a true positive, unpaired predictions are
 * false positives and unpaired gold spans false negatives. Only the types the detector supports are scored.
 * Gold types are first renamed by {@link #GOLD_ALIASES}, so data labelled in another scheme lines up.
 */
public final class PiiEvaluator {
    /**
     * Gold type to the type the detectors report: Presidio's data labels cities, countries and regions GPE
     * (geo-political entity, the spaCy label), which the entity model reports as LOCATION.
     */
    public static final Map<String, String> GOLD_ALIASES = Map.of("GPE", "LOCATION");

    private PiiEvaluator() {}

    /** Evaluates on a Presidio JSON file with the {@link MatchRule#IOU_HALF} rule. */
    public static PiiEvaluation evaluate(Path presidioJson, Detector detector) {
        return evaluate(presidioJson, detector, MatchRule.IOU_HALF);
    }

    public static PiiEvaluation evaluate(Path presidioJson, Detector detector, MatchRule rule) {
        List<LabeledText> data = withAliases(PresidioDataset.read(presidioJson));
        return evaluate(data, detector, supportedTypes(detector, data), rule);
    }

    /** Scores {@code scoredTypes} only; findings and gold spans of other types are ignored. */
    public static PiiEvaluation evaluate(List<LabeledText> texts, Detector detector, Set<String> scoredTypes,
                                         MatchRule rule) {
        List<LabeledText> data = withAliases(texts);
        Map<String, TypeScore> totals = new TreeMap<>();
        scoredTypes.forEach(type -> totals.put(type, new TypeScore(type, 0, 0, 0)));
        for (LabeledText sample : data) {
            List<Finding> findings = detector.scan(sample.text());
            for (String type : scoredTypes) {
                totals.merge(type, SpanMatcher.score(type, findings, sample.spans(), rule), TypeScore::plus);
            }
        }
        Set<String> notScored = new TreeSet<>(goldTypes(data));
        notScored.removeAll(scoredTypes);
        List<TypeScore> rows = List.copyOf(totals.values());
        return new PiiEvaluation(detector.name(), rule, data.size(), rows, micro(rows), notScored);
    }

    static List<LabeledText> withAliases(List<LabeledText> data) {
        return data.stream().map(t -> new LabeledText(t.text(), t.spans().stream()
                .map(s -> new GoldSpan(GOLD_ALIASES.getOrDefault(s.type(), s.type()), s.start(), s.end()))
                .toList())).toList();
    }

    /** A {@link PiiDetector} says what it supports; any other detector is scored on every gold type. */
    private static Set<String> supportedTypes(Detector detector, List<LabeledText> data) {
        return detector instanceof PiiDetector pii ? pii.supportedTypes() : goldTypes(data);
    }

    private static Set<String> goldTypes(List<LabeledText> data) {
        Set<String> types = new TreeSet<>();
        data.forEach(sample -> sample.spans().forEach(span -> types.add(span.type())));
        return types;
    }

    private static TypeScore micro(Collection<TypeScore> rows) {
        TypeScore total = new TypeScore("micro", 0, 0, 0);
        for (TypeScore row : rows) total = total.plus(row);
        return total;
    }
}
