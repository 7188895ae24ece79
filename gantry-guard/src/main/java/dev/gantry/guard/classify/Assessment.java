package dev.gantry.guard.classify;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Rules and classifiers combined for one text. Rules and the classifier layer are treated as independent evidence
 * (noisy-OR): a strong rule alone passes the threshold, a weak rule ("imagine you are") needs the classifier to agree,
 * and the classifier alone passes only when it is confident. When a remote classifier answers, the classifier layer is
 * the mean of the local and remote probabilities, a plain ensemble. The thresholds were measured without a remote
 * classifier: re-measure them (BinaryEvaluation) when adding one.
 *
 * @param score       combined confidence in [0, 1]
 * @param rule        the strongest rule that matched, if any
 * @param probability the local classifier's probability (the highest over the whole text and its segments)
 * @param remote      the remote classifier's probability, when one is configured and answered
 * @param glossed     the languages of the English gloss ({@link EnglishGloss}) when the classifier scored it higher
 *                    than the text itself, e.g. "ru"
 */
public record Assessment(double score, Optional<Rule> rule, double probability, OptionalDouble remote, Optional<String> glossed) {

    public static Assessment of(String normalized, List<Rule> rules, TextClassifier classifier) {
        return of(normalized, rules, classifier, OptionalDouble.empty());
    }

    public static Assessment of(String normalized, List<Rule> rules, TextClassifier classifier, OptionalDouble remote) {
        Optional<Rule> strongest = rules.stream().filter(r -> r.matches(normalized)).max((a, b) -> Double.compare(a.score(), b.score()));
        return of(strongest, normalized, classifier, remote);
    }

    /** As {@link #of(String, List, TextClassifier, OptionalDouble)}, with the rules prepared once ({@link RuleSet}). */
    public static Assessment of(String normalized, RuleSet rules, TextClassifier classifier, OptionalDouble remote) {
        return of(rules.strongest(normalized), normalized, classifier, remote);
    }

    /**
     * As {@link #of(String, RuleSet, TextClassifier, OptionalDouble)}, and the classifier also reads the English gloss of
     * the lines in other languages, keeping the higher probability: the classifier learnt mostly English, and reads a
     * gloss of another language far better than the language itself. The gloss is scored whole and each glossed line on
     * its own (a line hidden in a pasted document), not clause by clause: a gloss clause is a few telegraphic words, which the
     * classifier over-reads. It counts {@code glossDiscount} less, being a rough reading, and with {@code glossRules}
     * the rules read it too (each counting the discount less); each detector measures its own choice.
     */
    public static Assessment of(String normalized, RuleSet rules, TextClassifier classifier, OptionalDouble remote,
                                Optional<EnglishGloss.Glossed> gloss, double glossDiscount, boolean glossRules) {
        return of(normalized, rules, classifier, classifier, remote, gloss, glossDiscount, glossRules);
    }

    /** As above, the gloss read by a classifier of its own ({@code glossClassifier}), trained for that register. */
    public static Assessment of(String normalized, RuleSet rules, TextClassifier classifier, TextClassifier glossClassifier,
                                OptionalDouble remote, Optional<EnglishGloss.Glossed> gloss, double glossDiscount, boolean glossRules) {
        Assessment plain = of(normalized, rules, classifier, remote);
        if (gloss.isEmpty()) return plain;
        NormalizedGloss normalizedGloss = NORMALIZED_GLOSS.get(gloss.get(), NormalizedGloss::of);
        double p = glossProbability(normalizedGloss, glossClassifier) - glossDiscount;
        Optional<Rule> rule = plain.rule();
        Optional<Rule> glossRule = glossRules ? strongestOnGloss(normalizedGloss.text(), rules, glossDiscount) : Optional.empty();
        boolean strongerRule = glossRule.isPresent() && glossRule.get().score() > rule.map(Rule::score).orElse(0.0);
        if (p <= plain.probability() && !strongerRule) return plain;
        return combine(strongerRule ? glossRule : rule, Math.max(p, plain.probability()), remote, Optional.of(gloss.get().languages()));
    }

    private static Optional<Rule> strongestOnGloss(String normalizedGloss, RuleSet rules, double discount) {
        return rules.strongest(normalizedGloss)
                .map(r -> new Rule(r.label(), r.language() + ", on the gloss", r.pattern(), Math.max(0, r.score() - discount)));
    }

    /**
     * Glossed lines scored one by one at most, as {@link Segments} caps segments (a huge input stays bounded); the
     * other lines were read as they are, segment by segment.
     */
    private static final int MAX_GLOSS_LINES = 2_000;
    /** The last gloss normalised: the injection and harmful detectors read the same one, one after the other. */
    private static final LastOf<EnglishGloss.Glossed, NormalizedGloss> NORMALIZED_GLOSS = new LastOf<>();

    /** A gloss as the classifier and rules read it: the whole normalised, and each glossed line when there are several. */
    private record NormalizedGloss(String text, List<String> lines) {
        static NormalizedGloss of(EnglishGloss.Glossed gloss) {
            String text = LightNormalizer.normalize(gloss.text());
            if (gloss.text().indexOf('\n') < 0) return new NormalizedGloss(text, List.of());
            List<String> lines = gloss.lines().subList(0, Math.min(MAX_GLOSS_LINES, gloss.lines().size())).stream()
                    .filter(line -> !line.isBlank()).map(LightNormalizer::normalize).toList();
            return new NormalizedGloss(text, lines);
        }
    }

    private static double glossProbability(NormalizedGloss gloss, TextClassifier classifier) {
        double best = classifier.wholeProbabilityOfNormalized(gloss.text());
        for (String line : gloss.lines()) best = Math.max(best, classifier.wholeProbabilityOfNormalized(line));
        return best;
    }

    private static Assessment of(Optional<Rule> strongest, String normalized, TextClassifier classifier, OptionalDouble remote) {
        return combine(strongest, highestProbability(normalized, classifier), remote, Optional.empty());
    }

    private static Assessment combine(Optional<Rule> strongest, double p, OptionalDouble remote, Optional<String> glossed) {
        double classifierLayer = remote.isPresent() ? (p + remote.getAsDouble()) / 2 : p;
        double ruleScore = strongest.map(Rule::score).orElse(0.0);
        return new Assessment(1 - (1 - ruleScore) * (1 - classifierLayer), strongest, p, remote, glossed);
    }

    static double highestProbability(String normalized, TextClassifier classifier) {
        return classifier.highestProbabilityOfNormalized(normalized);
    }

    /** The plain definition of {@link #highestProbability}: the whole text, then each segment, each hashed on its own. */
    static double highestProbabilityPlainly(String normalized, TextClassifier classifier) {
        double best = classifier.probabilityOfNormalized(normalized);
        List<String> segments = Segments.of(normalized);
        if (segments.size() < 2) return best;
        for (String segment : segments) best = Math.max(best, classifier.probabilityOfNormalized(segment));
        return best;
    }

    /** E.g. "rule: instruction override (de); classifier p=0.93" — names the evidence, never the text. */
    public String reason() {
        String model = String.format(Locale.ROOT, "classifier p=%.2f", probability)
                + glossed.map(languages -> " on an English gloss (" + languages + ")").orElse("")
                + (remote.isPresent() ? String.format(Locale.ROOT, ", remote p=%.2f", remote.getAsDouble()) : "");
        return rule.map(r -> r.reason() + "; " + model).orElse(model);
    }
}
