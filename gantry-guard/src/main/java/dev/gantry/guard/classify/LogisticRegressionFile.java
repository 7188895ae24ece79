package dev.gantry.guard.classify;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * A trained {@link LogisticRegression} in a {@link ModelFiles} envelope: magic {@code GLRM},
 * version, the hashing width in bits, the bias, then every non-zero weight as a (bucket, weight) pair. A model of
 * another hashing width would score garbage, so reading one is an error naming both widths.
 */
public final class LogisticRegressionFile {
    static final int MAGIC = 0x474C524D; // "GLRM"
    static final int VERSION = 1;

    private LogisticRegressionFile() {}

    public static void write(LogisticRegression model, OutputStream target) throws IOException {
        ModelFiles.write(target, MAGIC, VERSION, out -> {
            out.writeInt(FeatureHasher.BITS);
            out.writeDouble(model.bias());
            float[] weights = model.weights();
            int nonZero = 0;
            for (float w : weights) if (w != 0) nonZero++;
            out.writeInt(nonZero);
            for (int j = 0; j < weights.length; j++) {
                if (weights[j] == 0) continue;
                out.writeInt(j);
                out.writeFloat(weights[j]);
            }
        });
    }

    public static LogisticRegression read(InputStream source) throws IOException {
        DataInputStream in = ModelFiles.open(source, MAGIC, VERSION, "a logistic regression model", "");
        int bits = in.readInt();
        if (bits != FeatureHasher.BITS) {
            throw new IOException("model hashed into 2^" + bits + " buckets, this build hashes into 2^"
                    + FeatureHasher.BITS + " (retrain the model)");
        }
        double bias = in.readDouble();
        float[] weights = new float[FeatureHasher.BUCKETS];
        int nonZero = in.readInt();
        for (int k = 0; k < nonZero; k++) {
            int j = in.readInt();
            if (j < 0 || j >= weights.length) throw new IOException("bucket " + j + " outside 0.." + (weights.length - 1));
            weights[j] = in.readFloat();
        }
        return LogisticRegression.of(weights, bias);
    }
}
