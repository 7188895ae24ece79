package dev.gantry.rag.ingest;

import dev.gantry.core.error.GantryException;
import java.util.regex.Pattern;

/** Metadata keys become index field names and filter names: letters, digits, '_', '-', '.', up to 64. */
public final class MetadataKeys {
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]{0,63}");

    private MetadataKeys() {
    }

    public static boolean valid(String key) {
        return KEY.matcher(key).matches();
    }

    public static void check(String key, String where) {
        if (!valid(key)) {
            throw GantryException.invalid("metadata", where + " has metadata key '" + key
                    + "': keys are 1-64 letters, digits, '_', '-' or '.', starting with a letter, digit or '_'");
        }
    }
}
