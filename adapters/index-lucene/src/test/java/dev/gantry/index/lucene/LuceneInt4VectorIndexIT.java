package dev.gantry.index.lucene;

import dev.gantry.core.rag.VectorIndexStore;
import dev.gantry.testkit.rag.VectorIndexContract;
import java.nio.file.Path;

/** The whole contract on the 4-bit quantised vector format: scores stay exact cosines after rescoring. */
class LuceneInt4VectorIndexIT extends VectorIndexContract {
    @Override
    protected VectorIndexStore newStore(Path dir) {
        return new LuceneVectorIndexStore(dir, LuceneIndexOptions.DEFAULTS.withVectorFormat(VectorFormat.INT4));
    }
}
