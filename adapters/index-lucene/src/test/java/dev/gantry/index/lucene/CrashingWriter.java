package dev.gantry.index.lucene;

import static dev.gantry.testkit.rag.IndexFixtures.document;

import dev.gantry.core.rag.VectorIndex;
import java.nio.file.Path;

/**
 * Run in a child JVM by {@link LuceneVectorIndexIT}: commits one document, replaces another without committing,
 * makes the writer flush that replace to disk (as a background refresh would), then dies without closing anything.
 */
public final class CrashingWriter {
    static final int EXIT_CODE = 3;

    private CrashingWriter() {
    }

    public static void main(String[] args) {
        LuceneVectorIndexStore store = new LuceneVectorIndexStore(Path.of(args[0]));
        VectorIndex index = store.open(args[1], 4);
        document("committed").chunk("committed words", 1, 0, 0, 0).replaceIn(index);
        index.commit();
        document("uncommitted").chunk("uncommitted words", 0, 1, 0, 0).replaceIn(index);
        document("committed").chunk("a replacement never committed", 0, 0, 1, 0).replaceIn(index);
        index.deleteDocument("absent"); // refreshes the searcher: the uncommitted segment is now written
        System.out.println("flushed");
        System.out.flush();
        Runtime.getRuntime().halt(EXIT_CODE);
    }
}
