package dev.gantry.guard.difficulty;

import dev.gantry.guard.classify.Exemplar;
import dev.gantry.guard.classify.Exemplars;
import dev.gantry.guard.classify.FeatureHasher;
import dev.gantry.guard.classify.LightNormalizer;
import dev.gantry.guard.classify.LogisticRegression;
import dev.gantry.guard.classify.SparseVector;
import java.util.Arrays;
import java.util.List;

/**
 * P(easy) of a prompt: logistic regression over the guards' hashed n-grams of the normalised text plus the
 * {@link PromptShape} indicators of the raw text. "Easy" means a small model answers as well as a strong one, as the
 * project's own labelled prompts judge it ({@code /select/prompt-difficulty.jsonl}, label 1 = easy). Thread-safe.
 */
public final class PromptDifficulty {
    public static final String EXEMPLARS = "/select/prompt-difficulty.jsonl";
    /** Where the cross-validated hard prompts sent to the cheap model stay at or under 5 % (docs/benchmarks.md). */
    public static final double DEFAULT_THRESHOLD = 0.9;
    /** Shape indicators count as much as this many word features: few, but each says a lot. */
    private static final float SHAPE_WEIGHT = 0.5f;
    private final LogisticRegression model;

    private PromptDifficulty(LogisticRegression model) {
        this.model = model;
    }

    /** The classifier trained on the shipped exemplars, on first use (~0.1 s), then shared. */
    public static PromptDifficulty shipped() {
        return Shipped.INSTANCE;
    }

    public static PromptDifficulty train(List<Exemplar> exemplars) {
        List<SparseVector> xs = exemplars.stream().map(e -> features(e.text())).toList();
        List<Boolean> ys = exemplars.stream().map(Exemplar::positive).toList();
        return new PromptDifficulty(LogisticRegression.train(xs, ys, LogisticRegression.TrainingOptions.defaults()));
    }

    /** Probability in [0, 1] that the prompt is easy; a blank prompt is not judged easy. */
    public double easyProbability(String prompt) {
        if (prompt == null || prompt.isBlank()) return 0;
        return model.probability(features(prompt));
    }

    static SparseVector features(String prompt) {
        SparseVector text = FeatureHasher.features(LightNormalizer.normalize(prompt));
        List<String> shape = PromptShape.of(prompt);
        int n = text.indices().length;
        int[] idx = Arrays.copyOf(text.indices(), n + shape.size());
        float[] val = Arrays.copyOf(text.values(), n + shape.size());
        for (int i = 0; i < shape.size(); i++) {
            idx[n + i] = bucket(shape.get(i));
            val[n + i] = SHAPE_WEIGHT;
        }
        return new SparseVector(idx, val);
    }

    /** FNV-1a of the indicator's name, salted so it does not share buckets with a word of the same spelling. */
    private static int bucket(String name) {
        int h = 0x811c9dc5 ^ 0x5eed;
        for (int i = 0; i < name.length(); i++) h = (h ^ name.charAt(i)) * 0x01000193;
        return (h ^ h >>> 16) & (FeatureHasher.BUCKETS - 1);
    }

    private static final class Shipped {
        static final PromptDifficulty INSTANCE = train(Exemplars.fromResource(EXEMPLARS));
    }
}
