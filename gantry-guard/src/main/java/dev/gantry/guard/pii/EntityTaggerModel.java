package dev.gantry.guard.pii;

import java.util.Arrays;

/**
 * A trained maxent entity tagger: BIO outcome labels ("O", "B-PERSON", "I-PERSON", ...), the features it was trained
 * with (variants and gazetteers) and a weight per feature hash and outcome, dense in one flat {@code float[]} (row per
 * feature, a column per outcome). Immutable and shared by every thread; {@link EntityModelFile} reads and writes it.
 */
public final class EntityTaggerModel {
    /** The outcome of a token outside any entity; training labels and the decoder's start share it. */
    public static final String OUTSIDE = "O";

    private final String[] outcomes;
    private final long[] outcomeKeys;
    private final EntityFeatures features;
    private final FeatureTable rows;
    private final float[] weights;
    private final boolean[][] allowed;
    private final int outside;

    /**
     * {@code weights} holds {@code featureKeys.length} rows of {@code outcomes.length} weights: row {@code r} is
     * feature {@code featureKeys[r]}.
     */
    EntityTaggerModel(String[] outcomes, EntityFeatures features, long[] featureKeys, float[] weights) {
        if (weights.length != featureKeys.length * outcomes.length) {
            throw new IllegalArgumentException("expected " + featureKeys.length * outcomes.length + " weights, got "
                    + weights.length);
        }
        this.outcomes = outcomes.clone();
        this.outcomeKeys = Arrays.stream(outcomes).mapToLong(EntityFeatures::outcomeKey).toArray();
        this.features = features;
        this.rows = new FeatureTable(featureKeys, rowNumbers(featureKeys.length));
        this.weights = weights.clone();
        this.outside = Arrays.asList(outcomes).indexOf(OUTSIDE);
        if (outside < 0) throw new IllegalArgumentException("the outcomes " + Arrays.toString(outcomes) + " lack " + OUTSIDE);
        this.allowed = transitions(this.outcomes);
    }

    public int outcomeCount() {
        return outcomes.length;
    }

    public String outcome(int index) {
        return outcomes[index];
    }

    long outcomeKey(int index) {
        return outcomeKeys[index];
    }

    /** The outcome a sentence starts after (as if the token before it were outside any entity). */
    int outside() {
        return outside;
    }

    public EntityFeatures features() {
        return features;
    }

    /** Adds the weights of {@code feature} for every outcome to {@code sums}; an unknown feature adds nothing. */
    void addWeights(long feature, double[] sums) {
        int row = rows.get(feature);
        if (row == FeatureTable.MISSING) return;
        int base = row * outcomes.length;
        for (int o = 0; o < outcomes.length; o++) sums[o] += weights[base + o];
    }

    /** BIO: "I-x" only right after "B-x" or "I-x". */
    boolean allowed(int previous, int next) {
        return allowed[previous][next];
    }

    /** The entity type of a "B-x" or "I-x" outcome, or null for "O". */
    static String type(String outcome) {
        return outcome.length() > 2 && outcome.charAt(1) == '-' ? outcome.substring(2) : null;
    }

    static boolean begins(String outcome) {
        return outcome.startsWith("B-");
    }

    int featureCount() {
        return rows.size();
    }

    FeatureTable rows() {
        return rows;
    }

    float weight(int row, int outcome) {
        return weights[row * outcomes.length + outcome];
    }

    private static int[] rowNumbers(int n) {
        int[] rows = new int[n];
        for (int i = 0; i < n; i++) rows[i] = i;
        return rows;
    }

    private static boolean[][] transitions(String[] outcomes) {
        boolean[][] allowed = new boolean[outcomes.length][outcomes.length];
        for (int p = 0; p < outcomes.length; p++) {
            for (int n = 0; n < outcomes.length; n++) {
                String next = outcomes[n];
                allowed[p][n] = !next.startsWith("I-") || next.substring(2).equals(type(outcomes[p]));
            }
        }
        return allowed;
    }
}
