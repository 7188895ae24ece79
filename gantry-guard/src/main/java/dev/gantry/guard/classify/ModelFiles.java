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
 * The envelope of the guard's shipped model files: gzip-compressed {@link DataOutputStream} fields that open with a
 * magic number and a version, so that a file of another kind or version is refused by name instead of misread.
 */
public final class ModelFiles {
    private ModelFiles() {}

    /** The fields a model writes after the header. */
    public interface Body {
        void write(DataOutputStream out) throws IOException;
    }

    /** Writes the header, then {@code body}, and finishes the gzip stream; {@code target} stays open. */
    public static void write(OutputStream target, int magic, int version, Body body) throws IOException {
        GZIPOutputStream gzip = new GZIPOutputStream(new BufferedOutputStream(target));
        DataOutputStream out = new DataOutputStream(gzip);
        out.writeInt(magic);
        out.writeInt(version);
        body.write(out);
        out.flush();
        gzip.finish();
        gzip.flush();
    }

    /**
     * Opens {@code source} past a header that must be {@code magic} and {@code version}; otherwise fails with "not
     * {@code kind} of version N: magic ..., version ..." followed by {@code hint}.
     */
    public static DataInputStream open(InputStream source, int magic, int version, String kind, String hint) throws IOException {
        DataInputStream in = new DataInputStream(new GZIPInputStream(new BufferedInputStream(source)));
        int foundMagic = in.readInt();
        int foundVersion = in.readInt();
        if (foundMagic != magic || foundVersion != version) {
            throw new IOException("not " + kind + " of version " + version + ": magic " + Integer.toHexString(foundMagic)
                    + ", version " + foundVersion + hint);
        }
        return in;
    }
}
