package dev.gantry.testkit;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Base64;
import java.util.SplittableRandom;

/** Deterministic unit-length embeddings seeded by the text, so tests can compute the expected vector. */
final class Vectors {
    static final int DEFAULT_DIMENSIONS = 8;

    private Vectors() {
    }

    static float[] of(String text, int dimensions) {
        SplittableRandom random = new SplittableRandom(fnv1a(text));
        float[] v = new float[dimensions];
        double norm = 0;
        for (int i = 0; i < dimensions; i++) {
            v[i] = (float) (random.nextDouble() * 2 - 1);
            norm += v[i] * v[i];
        }
        float scale = (float) (1 / Math.sqrt(norm == 0 ? 1 : norm));
        for (int i = 0; i < dimensions; i++) v[i] *= scale;
        return v;
    }

    /** OpenAI's encoding_format=base64: little-endian float32 values, base64-encoded. */
    static String base64(float[] vector) {
        ByteBuffer buf = ByteBuffer.allocate(vector.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        for (float f : vector) buf.putFloat(f);
        return Base64.getEncoder().encodeToString(buf.array());
    }

    private static long fnv1a(String text) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < text.length(); i++) {
            h ^= text.charAt(i);
            h *= 0x100000001b3L;
        }
        return h;
    }
}
