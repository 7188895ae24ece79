package dev.gantry.knowledge.score;

import java.util.List;

/** Dense logistic regression by full-batch gradient descent with a little L2: a dozen features, a few hundred rows. */
final class Logistic {
    private static final int EPOCHS = 2_000;
    private static final double RATE = 0.5;
    private static final double L2 = 1e-3;

    private Logistic() {
    }

    static double[] train(List<double[]> xs, List<Boolean> ys) {
        int d = xs.get(0).length;
        double[] w = new double[d];
        for (int epoch = 0; epoch < EPOCHS; epoch++) {
            double[] grad = new double[d];
            for (int i = 0; i < xs.size(); i++) {
                double err = probability(w, xs.get(i)) - (ys.get(i) ? 1 : 0);
                for (int j = 0; j < d; j++) grad[j] += err * xs.get(i)[j];
            }
            for (int j = 0; j < d; j++) w[j] -= RATE * (grad[j] / xs.size() + (j == 0 ? 0 : L2 * w[j]));
        }
        return w;
    }

    static double probability(double[] w, double[] x) {
        double z = 0;
        for (int j = 0; j < w.length; j++) z += w[j] * x[j];
        return 1 / (1 + Math.exp(-z));
    }
}
