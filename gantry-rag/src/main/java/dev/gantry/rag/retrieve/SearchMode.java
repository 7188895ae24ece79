package dev.gantry.rag.retrieve;

import dev.gantry.core.error.GantryException;
import java.util.Locale;

/** Which retrieval methods a search runs. */
public enum SearchMode {
    /** Lexical only: needs no embedding model. */
    BM25,
    /** Nearest neighbours of the query's embedding only. */
    DENSE,
    /** Both, fused by weighted reciprocal rank: the default, usually better than either part. */
    HYBRID;

    /** Parses the API's lower-case name ("bm25", "dense", "hybrid"); null means the default, HYBRID. */
    public static SearchMode parse(String value) {
        if (value == null) return HYBRID;
        for (SearchMode m : values()) {
            if (m.wire().equals(value.strip().toLowerCase(Locale.ROOT))) return m;
        }
        throw GantryException.invalid("mode", "mode '" + value + "' is not known; use one of bm25, dense, hybrid");
    }

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    boolean usesText() {
        return this != DENSE;
    }

    boolean usesVectors() {
        return this != BM25;
    }
}
