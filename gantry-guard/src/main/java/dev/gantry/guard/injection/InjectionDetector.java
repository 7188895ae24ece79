package dev.gantry.guard.injection;

import dev.gantry.guard.Detector;
import dev.gantry.guard.Finding;
import dev.gantry.guard.classify.Assessment;
import dev.gantry.guard.classify.EnglishGloss;
import dev.gantry.guard.classify.LightNormalizer;
import dev.gantry.guard.classify.RemoteClassifier;
import dev.gantry.guard.classify.Rule;
import dev.gantry.guard.classify.RuleSet;
import dev.gantry.guard.classify.TextClassifier;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Prompt injection and jailbreak attempts, direct or hidden in documents and tool output: light normalisation, then
 * multilingual rules and a hashed-n-gram classifier (trained on the project's exemplars and the development rows),
 * which also reads an {@link EnglishGloss} of lines in other languages, combined by {@link Assessment}.
 * Reports one finding spanning the whole text.
 */
public final class InjectionDetector implements Detector {
    public static final String TYPE = "PROMPT_INJECTION";
    /**
     * Chosen by cross-validation over the development rows (InjectionCrossValidation): recall 0.95-0.96 with a
     * false-positive rate of 0.9-1.5% on the held-out rows and about 0.7% on ordinary instructions, under a 2% budget.
     */
    public static final double DEFAULT_THRESHOLD = 0.75;
    /**
     * What the classifier's reading of an English gloss ({@link EnglishGloss}) loses. Measured on the multilingual sets
     * 1-4 (136 attacks, 272 ordinary requests): no discount flagged 8 ordinary requests, 0.10 flagged 6, 0.15 flagged 3
     * and kept 122 of the 126 attacks that no discount caught. The rules do not read the gloss: on sets 1-4 and 6 that
     * caught 4 more attacks and flagged 2 more ordinary requests, and the English rules are phrasings a gloss garbles.
     */
    static final double GLOSS_DISCOUNT = 0.15;
    /** Spelling words out letter by letter is an evasion in itself; the classifier must agree before it flags. */
    private static final Rule SPACED_LETTERS = Rule.of("spaced-out letters", "any", 0.7, "\\b" + LightNormalizer.SPACED_MARK + "\\b");
    private static final RuleSet RULES = RuleSet.of(
            Stream.of(InjectionRules.RULES, InjectionRulesMore.RULES, CrossLanguageEvidence.RULES, List.of(SPACED_LETTERS)).flatMap(List::stream).toList());

    private final double threshold;
    private final Optional<RemoteClassifier> remote;
    private final Supplier<TextClassifier> classifier;
    private final Supplier<TextClassifier> documentClassifier;
    /**
     * A text longer than this is a document (a pasted paper, an e-mail thread, a retrieved passage) and is read by the
     * classifier that has also learnt written prose. The request classifier read 357 of 1,500 SciFact abstracts as
     * injections, one sentence at a time; the document classifier 8. Only 9 of the 203 dev attacks are this long, so
     * requests keep the classifier their figures were measured on (decision 26).
     */
    static final int DOCUMENT_CHARS = 600;

    public InjectionDetector() {
        this(DEFAULT_THRESHOLD, Optional.empty());
    }

    /** @param remote an optional served classifier, averaged with the in-process one (see {@link Assessment}) */
    public InjectionDetector(double threshold, Optional<RemoteClassifier> remote) {
        this(threshold, remote, () -> Model.CLASSIFIER, () -> Model.DOCUMENTS);
    }

    /** With other trained classifiers in place of the shipped ones: for cross-validation and training tools. */
    InjectionDetector(double threshold, Optional<RemoteClassifier> remote, Supplier<TextClassifier> classifier,
                      Supplier<TextClassifier> documentClassifier) {
        this.threshold = threshold;
        this.remote = remote;
        this.classifier = classifier;
        this.documentClassifier = documentClassifier;
    }

    @Override
    public String name() {
        return "injection";
    }

    @Override
    public List<Finding> scan(String text) {
        if (text == null || text.isBlank()) return List.of();
        Assessment assessment = assess(text);
        if (assessment.score() < threshold) return List.of();
        return List.of(new Finding(TYPE, 0, text.length(), assessment.score(), assessment.reason()));
    }

    /** Combined score in [0, 1] whatever the threshold; for evaluation and threshold sweeps. */
    public double score(String text) {
        return text == null || text.isBlank() ? 0 : assess(text).score();
    }

    private Assessment assess(String text) {
        String normalized = LightNormalizer.normalize(text);
        OptionalDouble remoteP = remote.map(r -> r.probability(text)).orElse(OptionalDouble.empty());
        TextClassifier reader = normalized.length() > DOCUMENT_CHARS ? documentClassifier.get() : classifier.get();
        return Assessment.of(normalized, RULES, reader, remoteP, EnglishGloss.shipped().of(text), GLOSS_DISCOUNT, false);
    }

    /**
     * Read on first use (class initialisation is lazy and thread-safe). Trained offline by InjectionModelTrainer (test
     * sources) on the shipped exemplars and the development rows, which are research data and never ship themselves.
     */
    private static final class Model {
        static final TextClassifier CLASSIFIER = TextClassifier.fromResource("/guard/injection-model.bin");
        static final TextClassifier DOCUMENTS = TextClassifier.fromResource("/guard/injection-document-model.bin");
    }
}
