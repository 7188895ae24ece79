package dev.gantry.guard.pii;

import dev.gantry.guard.classify.ModelFiles;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * The entity tagger's file format in a {@link ModelFiles} envelope: magic {@code GNER}, version,
 * feature variants, outcome labels, gazetteer entries (key, list bits), then per feature its hash and its non-zero
 * weights as (outcome, weight) pairs. Unknown magic or version is an error naming what was found.
 */
public final class EntityModelFile {
    static final int MAGIC = 0x474E4552; // "GNER"
    static final int VERSION = 1;

    private EntityModelFile() {}

    public static void write(EntityTaggerModel model, OutputStream target) throws IOException {
        ModelFiles.write(target, MAGIC, VERSION, out -> {
            out.writeInt(model.features().variants());
            out.writeInt(model.outcomeCount());
            for (int o = 0; o < model.outcomeCount(); o++) out.writeUTF(model.outcome(o));
            writeTable(model.features().gazetteer(), out);
            out.writeInt(model.featureCount());
            FeatureTable rows = model.rows();
            for (int slot = 0; slot < rows.slots(); slot++) {
                if (rows.keyAt(slot) != 0) writeRow(model, rows.keyAt(slot), rows.valueAt(slot), out);
            }
        });
    }

    public static EntityTaggerModel read(InputStream source) throws IOException {
        DataInputStream in = ModelFiles.open(source, MAGIC, VERSION, "an entity tagger model", " (retrain with EntityModelTrainer)");
        int variants = in.readInt();
        String[] outcomes = new String[in.readInt()];
        for (int o = 0; o < outcomes.length; o++) outcomes[o] = in.readUTF();
        int gazetteerSize = in.readInt();
        long[] gazetteerKeys = new long[gazetteerSize];
        int[] gazetteerLists = new int[gazetteerSize];
        for (int i = 0; i < gazetteerSize; i++) {
            gazetteerKeys[i] = in.readLong();
            gazetteerLists[i] = in.readInt();
        }
        long[] keys = new long[in.readInt()];
        float[] weights = new float[keys.length * outcomes.length];
        for (int r = 0; r < keys.length; r++) {
            keys[r] = in.readLong();
            int nonZero = in.readUnsignedByte();
            for (int k = 0; k < nonZero; k++) weights[r * outcomes.length + in.readUnsignedByte()] = in.readFloat();
        }
        return new EntityTaggerModel(outcomes, new EntityFeatures(gazetteerKeys, gazetteerLists, variants), keys, weights);
    }

    private static void writeTable(FeatureTable table, DataOutputStream out) throws IOException {
        out.writeInt(table.size());
        for (int slot = 0; slot < table.slots(); slot++) {
            if (table.keyAt(slot) == 0) continue;
            out.writeLong(table.keyAt(slot));
            out.writeInt(table.valueAt(slot));
        }
    }

    private static void writeRow(EntityTaggerModel model, long key, int row, DataOutputStream out) throws IOException {
        int nonZero = 0;
        for (int o = 0; o < model.outcomeCount(); o++) if (model.weight(row, o) != 0) nonZero++;
        out.writeLong(key);
        out.writeByte(nonZero);
        for (int o = 0; o < model.outcomeCount(); o++) {
            if (model.weight(row, o) == 0) continue;
            out.writeByte(o);
            out.writeFloat(model.weight(row, o));
        }
    }
}
