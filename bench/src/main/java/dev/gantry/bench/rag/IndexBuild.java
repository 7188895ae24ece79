package dev.gantry.bench.rag;

import dev.gantry.index.lucene.LuceneVectorIndex;

/**
 * Figures of one index build.
 *
 * @param wallNanos  generation of the synthetic corpus included (it stands in for chunking, not embedding)
 * @param indexNanos time spent inside replaceDocument and commit only
 * @param mergeNanos waiting for the merges the merge policy still wanted after the last commit
 */
record IndexBuild(int chunks, long wallNanos, long indexNanos, long mergeNanos, boolean reused) {
    static IndexBuild reused(int chunks) {
        return new IndexBuild(chunks, 0, 0, 0, true);
    }

    static IndexBuild build(LuceneVectorIndex index, SyntheticCorpus corpus, int chunks, int commitEvery) {
        long wall0 = System.nanoTime();
        long inIndex = 0;
        int docs = (chunks + corpus.chunksPerDocument() - 1) / corpus.chunksPerDocument();
        int sinceCommit = 0;
        for (int d = 0; d < docs; d++) {
            SyntheticCorpus.Document doc = corpus.document(d, chunks);
            long t0 = System.nanoTime();
            index.replaceDocument(doc.info(), doc.chunks());
            sinceCommit += doc.chunks().size();
            if (sinceCommit >= commitEvery) {
                index.commit();
                sinceCommit = 0;
            }
            inIndex += System.nanoTime() - t0;
        }
        long t0 = System.nanoTime();
        index.commit();
        inIndex += System.nanoTime() - t0;
        long wall = System.nanoTime() - wall0;
        long m0 = System.nanoTime();
        index.mergeAndWait();
        return new IndexBuild(chunks, wall, inIndex, System.nanoTime() - m0, false);
    }

    double chunksPerSecondWall() {
        return chunks / (wallNanos / 1e9);
    }

    double chunksPerSecondInIndex() {
        return chunks / (indexNanos / 1e9);
    }
}
