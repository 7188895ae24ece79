package dev.gantry.guard.classify;

import java.util.List;
import java.util.Random;

/** Binary logistic regression over hashed sparse features. Immutable once trained, so safe to share across threads. */
public final class LogisticRegression {
    private final float[] weights;
    private final double bias;

    private LogisticRegression(float[] weights, double bias) {
        this.weights = weights;
        this.bias = bias;
    }

    /** A model read back from {@link LogisticRegressionFile}; the array is taken, not copied. */
    static LogisticRegression of(float[] weights, double bias) {
        return new LogisticRegression(weights, bias);
    }

    /** The weights themselves, for {@link LogisticRegressionFile}: callers must not change them. */
    float[] weights() {
        return weights;
    }

    double bias() {
        return bias;
    }

    /** Probability that {@code x} belongs to the positive class. */
    public double probability(SparseVector x) {
        return sigmoid(x.dot(weights) + bias);
    }

    /** Probability of the vector held in idx/val[from, to): the same sum as {@link SparseVector#dot}, in that order. */
    double probability(int[] idx, float[] val, int from, int to) {
        float[] w = weights;
        double sum = 0;
        for (int i = from; i < to; i++) sum += w[idx[i]] * val[i];
        return sigmoid(sum + bias);
    }

    /**
     * Trains with plain SGD on a seeded shuffle for a fixed number of epochs, so the same examples always give the same
     * weights. Positives and negatives are weighted to count equally unless the options fix the positives' weight; L2
     * decay is applied to the weights each example touches (the usual lazy approximation for sparse data).
     */
    public static LogisticRegression train(List<SparseVector> xs, List<Boolean> ys, TrainingOptions options) {
        float[] w = new float[FeatureHasher.BUCKETS];
        double b = 0;
        double positiveWeight = options.positiveWeight() > 0 ? options.positiveWeight() : balancedPositiveWeight(ys);
        int[] order = identity(xs.size());
        Random random = new Random(options.seed());
        for (int epoch = 0; epoch < options.epochs(); epoch++) {
            shuffle(order, random);
            double rate = options.learningRate() / (1 + epoch * 0.2);
            for (int k : order) {
                SparseVector x = xs.get(k);
                double target = ys.get(k) ? 1 : 0;
                double gradient = (sigmoid(x.dot(w) + b) - target) * (ys.get(k) ? positiveWeight : 1);
                updateWeights(w, x, gradient, rate, options.l2());
                b -= rate * gradient;
            }
        }
        return new LogisticRegression(w, b);
    }

    /** The weight that makes the positives of {@code ys} count as much as its negatives (1 when there are none). */
    public static double balancedPositiveWeight(List<Boolean> ys) {
        long positives = ys.stream().filter(y -> y).count();
        return positives == 0 ? 1 : (double) (ys.size() - positives) / positives;
    }

    private static void updateWeights(float[] w, SparseVector x, double gradient, double rate, double l2) {
        int[] idx = x.indices();
        float[] val = x.values();
        for (int i = 0; i < idx.length; i++) {
            int j = idx[i];
            w[j] -= (float) (rate * (gradient * val[i] + l2 * w[j]));
        }
    }

    private static int[] identity(int n) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) order[i] = i;
        return order;
    }

    private static void shuffle(int[] order, Random random) {
        for (int i = order.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
    }

    static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }

    /**
     * Hyper-parameters; the seed makes training reproducible.
     *
     * @param positiveWeight how much a positive example counts against a negative one; 0: as many negatives as positives
     */
    public record TrainingOptions(int epochs, double learningRate, double l2, long seed, double positiveWeight) {
        public TrainingOptions(int epochs, double learningRate, double l2, long seed) {
            this(epochs, learningRate, l2, seed, 0);
        }

        public static TrainingOptions defaults() {
            return new TrainingOptions(12, 0.5, 1e-5, 20_260_101L);
        }

        /** The same options with the positives' weight fixed, e.g. so that extra negatives of another kind do not raise it. */
        public TrainingOptions withPositiveWeight(double weight) {
            return new TrainingOptions(epochs, learningRate, l2, seed, weight);
        }
    }
}
