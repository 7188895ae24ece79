package dev.gantry.index.lucene;

import dev.gantry.core.error.GantryException;
import org.apache.lucene.util.VectorUtil;

/**
 * Checks and normalises vectors. The index compares with DOT_PRODUCT, which equals cosine only for unit vectors:
 * embedders normalise already, and normalising again here keeps a stray caller from corrupting the ranking.
 */
final class UnitVectors {
    private UnitVectors() {
    }

    /** A normalised copy of {@code vector}; {@code what} names it in errors ("chunk 'a#0'", "the query"). */
    static float[] normalisedCopy(float[] vector, int dimensions, String what) {
        if (vector == null) {
            throw GantryException.invalid("vector", what + " has no vector; embed it before indexing");
        }
        if (vector.length != dimensions) {
            throw GantryException.invalid("vector", what + " has a vector of " + vector.length + " dimensions, "
                    + "but this collection holds " + dimensions + "; embed it with the collection's model");
        }
        double sum = 0;
        for (float x : vector) {
            if (!Float.isFinite(x)) {
                throw GantryException.invalid("vector", what + " has a vector with a non-finite value (" + x
                        + "); check the embedding model's output");
            }
            sum += (double) x * x;
        }
        if (sum == 0) {
            throw GantryException.invalid("vector", what + " has an all-zero vector, which has no direction; "
                    + "check the embedding model's output");
        }
        float[] out = new float[vector.length];
        double inv = 1 / Math.sqrt(sum);
        for (int i = 0; i < vector.length; i++) out[i] = (float) (vector[i] * inv);
        return out;
    }

    /** Cosine of two unit vectors mapped to [0,1]: {@code (1 + cos) / 2}, Lucene's DOT_PRODUCT score. */
    static double score(float[] unitA, float[] unitB) {
        return Math.clamp((1 + (double) VectorUtil.dotProduct(unitA, unitB)) / 2, 0.0, 1.0);
    }
}
