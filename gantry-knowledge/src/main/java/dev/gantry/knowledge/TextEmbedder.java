package dev.gantry.knowledge;

import java.util.List;

/** Turns texts into L2-normalised vectors (the server passes the in-process ONNX model). */
@FunctionalInterface
public interface TextEmbedder {
    List<float[]> embed(List<String> texts);

    static double cosine(float[] a, float[] b) {
        double dot = 0;
        for (int i = 0; i < Math.min(a.length, b.length); i++) dot += a[i] * b[i];
        return dot;
    }
}
