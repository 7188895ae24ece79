package dev.gantry.guard.classify;

/** Feature vector as parallel arrays of distinct bucket indices and their values. */
public record SparseVector(int[] indices, float[] values) {
    public double dot(float[] weights) {
        double sum = 0;
        for (int i = 0; i < indices.length; i++) sum += weights[indices[i]] * values[i];
        return sum;
    }
}
