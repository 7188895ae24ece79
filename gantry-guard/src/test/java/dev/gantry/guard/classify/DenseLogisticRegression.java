package dev.gantry.guard.classify;

import java.util.List;

/**
 * Offline training of an {@link EmbeddingClassifier}'s weights: logistic regression on dense vectors, full-batch Adam,
 * the two classes weighted equally (harmful rows are the minority), a small L2 penalty. Deterministic: the same vectors
 * give the same weights.
 */
public final class DenseLogisticRegression {
    /** Chosen on the dev rows and English set 1 (decision 25): 1e-3 and 1e-4 flagged more look-alikes than 1e-5. */
    public static final double L2 = 1e-5;
    public static final int ITERATIONS = 300;
    private static final double LEARNING_RATE = 0.05;

    /** Weights and bias. */
    public record Weights(float[] weights, float bias) {
    }

    private DenseLogisticRegression() {
    }

    public static Weights train(List<float[]> xs, List<Boolean> ys) {
        int d = xs.getFirst().length;
        int n = xs.size();
        long positives = ys.stream().filter(y -> y).count();
        double positiveWeight = n / (2.0 * positives);
        double negativeWeight = n / (2.0 * (n - positives));
        double[] w = new double[d + 1];
        double[] m = new double[d + 1];
        double[] v = new double[d + 1];
        for (int it = 1; it <= ITERATIONS; it++) {
            double[] g = new double[d + 1];
            for (int i = 0; i < n; i++) {
                float[] x = xs.get(i);
                boolean y = ys.get(i);
                double error = (sigmoid(w, x) - (y ? 1 : 0)) * (y ? positiveWeight : negativeWeight);
                for (int j = 0; j < d; j++) g[j] += error * x[j];
                g[d] += error;
            }
            for (int j = 0; j <= d; j++) {
                double gj = g[j] / n + (j < d ? L2 * w[j] : 0);
                m[j] = 0.9 * m[j] + 0.1 * gj;
                v[j] = 0.999 * v[j] + 0.001 * gj * gj;
                double mHat = m[j] / (1 - Math.pow(0.9, it));
                double vHat = v[j] / (1 - Math.pow(0.999, it));
                w[j] -= LEARNING_RATE * mHat / (Math.sqrt(vHat) + 1e-8);
            }
        }
        float[] weights = new float[d];
        for (int j = 0; j < d; j++) weights[j] = (float) w[j];
        return new Weights(weights, (float) w[d]);
    }

    private static double sigmoid(double[] w, float[] x) {
        double z = w[x.length];
        for (int j = 0; j < x.length; j++) z += w[j] * x[j];
        return 1 / (1 + Math.exp(-z));
    }
}
