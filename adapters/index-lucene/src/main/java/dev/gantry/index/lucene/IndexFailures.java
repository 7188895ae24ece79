package dev.gantry.index.lucene;

import dev.gantry.core.error.ErrorKind;
import dev.gantry.core.error.GantryException;
import java.nio.file.Path;

/** The errors of this adapter: what failed, on which collection and where, and what to check. */
final class IndexFailures {
    private IndexFailures() {
    }

    static GantryException io(String action, String collection, Path path, Exception cause) {
        return new GantryException(ErrorKind.INTERNAL, "could not " + action + " the index of collection '"
                + collection + "' at " + path + "; check free disk space and file permissions", cause);
    }

    static GantryException closed(String collection, Exception cause) {
        return new GantryException(ErrorKind.INTERNAL, "the index of collection '" + collection + "' is closed; "
                + "open it again from its store", cause);
    }

    static GantryException locked(String collection, Path path, Exception cause) {
        return new GantryException(ErrorKind.INTERNAL, "the index of collection '" + collection + "' at " + path
                + " is in use by another process; stop that process or give this one its own data directory", cause);
    }

    static GantryException otherDimensions(String collection, int existing, int requested) {
        return GantryException.invalid("dimensions", "collection '" + collection + "' holds vectors of " + existing
                + " dimensions, not " + requested + "; use the collection's embedding model, or drop and "
                + "re-ingest the collection to change models");
    }
}
