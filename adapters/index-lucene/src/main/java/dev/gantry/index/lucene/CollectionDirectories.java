package dev.gantry.index.lucene;

import dev.gantry.core.error.GantryException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Maps a collection name to its index directory under the store's root. The mapping is reversible and
 * collision-free on every file system: lowercase ASCII letters, digits, {@code _} and {@code -} are kept, every
 * other byte of the UTF-8 name becomes {@code %xx} (lowercase hex). Upper case is escaped too, so "Docs" and
 * "docs" stay apart on case-insensitive file systems, and no name can become ".", ".." or contain a separator.
 */
final class CollectionDirectories {
    static final int MAX_NAME_LENGTH = 64;
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private CollectionDirectories() {
    }

    static Path resolve(Path root, String collection) {
        return root.resolve(directoryName(collection));
    }

    static String directoryName(String collection) {
        validate(collection);
        StringBuilder out = new StringBuilder(collection.length());
        for (byte b : collection.getBytes(StandardCharsets.UTF_8)) {
            if (isKept(b)) {
                out.append((char) b);
            } else {
                out.append('%').append(HEX[(b >> 4) & 0xf]).append(HEX[b & 0xf]);
            }
        }
        return out.toString();
    }

    private static boolean isKept(byte b) {
        return (b >= 'a' && b <= 'z') || (b >= '0' && b <= '9') || b == '_' || b == '-';
    }

    private static void validate(String collection) {
        if (collection == null || collection.isBlank()) {
            throw GantryException.invalid("collection", "collection name is empty; name the collection "
                    + "(1-" + MAX_NAME_LENGTH + " characters)");
        }
        if (collection.length() > MAX_NAME_LENGTH) {
            throw GantryException.invalid("collection", "collection name '" + collection.substring(0, 16)
                    + "...' has " + collection.length() + " characters; use at most " + MAX_NAME_LENGTH);
        }
        if (collection.chars().anyMatch(Character::isISOControl)) {
            throw GantryException.invalid("collection", "collection name '" + collection.replaceAll("\\p{Cntrl}", "?")
                    + "' contains control characters; use printable characters only");
        }
    }
}
