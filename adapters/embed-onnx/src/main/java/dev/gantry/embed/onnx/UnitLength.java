package dev.gantry.embed.onnx;

/** L2 normalisation, so that a dot product between two vectors is their cosine similarity. */
final class UnitLength {
    private UnitLength() {
    }

    /** Scales {@code vector} in place to length 1; an all-zero vector stays zero rather than becoming NaN. */
    static float[] normalise(float[] vector) {
        double squares = 0;
        for (float v : vector) {
            squares += (double) v * v;
        }
        if (squares == 0) return vector;
        float scale = (float) (1.0 / Math.sqrt(squares));
        for (int i = 0; i < vector.length; i++) {
            vector[i] *= scale;
        }
        return vector;
    }
}
