package dev.gantry.embed.onnx;

/** Cosine similarity for test assertions; computed in full rather than as a dot product, so it checks no norm. */
final class Cosine {
    private Cosine() {
    }

    static double of(float[] a, float[] b) {
        double dot = 0;
        double aa = 0;
        double bb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += (double) a[i] * b[i];
            aa += (double) a[i] * a[i];
            bb += (double) b[i] * b[i];
        }
        return dot / Math.sqrt(aa * bb);
    }

    static double length(float[] v) {
        double squares = 0;
        for (float x : v) {
            squares += (double) x * x;
        }
        return Math.sqrt(squares);
    }
}
