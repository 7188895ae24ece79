package dev.gantry.index.lucene;

import dev.gantry.core.rag.Chunk;
import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.KnnVectorValues.DocIndexIterator;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.IndexSearcher;

/**
 * Loads hits as chunks with their vectors: the chunk from its {@link ChunkPayload} doc value, the vector from the
 * index's own vector values (the copy the HNSW format keeps anyway), not from a duplicated stored field. Both are
 * forward-only iterators, so each segment's hits are visited in doc id order.
 */
final class ChunkLoader {
    /** A chunk as stored, with its (unit) vector and text hash. */
    record Loaded(Chunk chunk, float[] vector, String textHash) {
    }

    private ChunkLoader() {
    }

    /** @param docs index-wide Lucene doc ids of chunk records, in any order */
    static Map<Integer, Loaded> load(IndexSearcher searcher, int[] docs) throws IOException {
        int[] sorted = docs.clone();
        Arrays.sort(sorted);
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        Map<Integer, Loaded> out = HashMap.newHashMap(sorted.length);
        int i = 0;
        while (i < sorted.length) {
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(sorted[i], leaves));
            int end = leaf.docBase + leaf.reader().maxDoc();
            int next = i;
            while (next < sorted.length && sorted[next] < end) next++;
            loadFromLeaf(leaf, Arrays.copyOfRange(sorted, i, next), out);
            i = next;
        }
        return out;
    }

    private static void loadFromLeaf(LeafReaderContext leaf, int[] sortedDocs, Map<Integer, Loaded> out)
            throws IOException {
        LeafReader reader = leaf.reader();
        BinaryDocValues payloads = reader.getBinaryDocValues(IndexFields.PAYLOAD);
        FloatVectorValues vectors = reader.getFloatVectorValues(IndexFields.VECTOR);
        if (payloads == null || vectors == null) return;
        DocIndexIterator vectorDocs = vectors.iterator();
        for (int doc : sortedDocs) {
            int local = doc - leaf.docBase;
            if (!payloads.advanceExact(local)) continue;
            ChunkPayload.Decoded c = ChunkPayload.decode(payloads.binaryValue());
            if (vectorDocs.docID() < local) vectorDocs.advance(local);
            float[] vector = vectorDocs.docID() == local ? vectors.vectorValue(vectorDocs.index()).clone() : null;
            out.put(doc, new Loaded(c.chunk(), vector, c.textHash()));
        }
    }
}
