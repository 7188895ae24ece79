package dev.gantry.guard.classify;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A trained {@link LogisticRegression} as gzip-compressed {@link DataOutputStream} fields: magic {@code GLRM},
 * version, the hashing width in bits, the bias, then every non-zero weight as a (bucket, weight) pair. A model of
 * another hashing width would score garbage, so reading one is an error naming both widths.
 */
public final class LogisticRegressionFile {
    static final int MAGIC = 0x474C524D; // "GLRM"
    static final int VERSION = 1;

    private LogisticRegressionFile() {}

    public static void write(LogisticRegression model, OutputStream target) throws IOException {
        GZIPOutputStream gzip = new GZIPOutputStream(new BufferedOutputStream(target));
        DataOutputStream out = new DataOutputStream(gzip);
        out.writeInt(MAGIC);
        out.writeInt(VERSION);
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
        out.flush();
        gzip.finish();
        gzip.flush();
    }

    public static LogisticRegression read(InputStream source) throws IOException {
        DataInputStream in = new DataInputStream(new GZIPInputStream(new BufferedInputStream(source)));
        int magic = in.readInt();
        int version = in.readInt();
        if (magic != MAGIC || version != VERSION) {
            throw new IOException("not a logistic regression model of version " + VERSION + ": magic "
                    + Integer.toHexString(magic) + ", version " + version);
        }
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
