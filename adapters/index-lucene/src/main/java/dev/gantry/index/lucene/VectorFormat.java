package dev.gantry.index.lucene;

import org.apache.lucene.codecs.KnnVectorsFormat;
import org.apache.lucene.codecs.lucene104.Lucene104HnswScalarQuantizedVectorsFormat;
import org.apache.lucene.codecs.lucene99.Lucene99HnswVectorsFormat;
import org.apache.lucene.util.quantization.QuantizedByteVectorValues.ScalarEncoding;

/**
 * How the HNSW graph stores and compares vectors. The quantised formats keep the float32 vectors as well (for
 * merging and for exact rescoring), so they are larger on disk; they pay when the vectors no longer fit in the
 * page cache, because the graph search then reads 4x (INT8) or 8x (INT4) fewer bytes. Every search rescores its
 * candidates with the exact float32 vectors, so the scores are exact cosines whatever the format; INT4 fetches
 * {@link #candidateFactor()} times more candidates to make up for its coarser graph search. Recall@10 at 50,000
 * chunks (SearchBench): float32 0.984, INT8 0.986, INT4 0.866 without oversampling and 0.998 with 2x.
 *
 * <p>The format is recorded per segment, so changing it on an existing index is safe: old segments are read
 * with the format they were written with and converted as they merge.
 */
public enum VectorFormat {
    /** Float32 vectors in the graph: exact and fastest while the vectors fit in memory. */
    FLOAT32(1),
    /** Optimised scalar quantisation to 8 bits per dimension. */
    INT8(1),
    /** Optimised scalar quantisation to 4 bits per dimension. */
    INT4(2);

    private final int candidateFactor;

    VectorFormat(int candidateFactor) {
        this.candidateFactor = candidateFactor;
    }

    /** Candidates fetched from the graph per requested hit, before exact rescoring. */
    public int candidateFactor() {
        return candidateFactor;
    }

    KnnVectorsFormat luceneFormat(int maxConn, int beamWidth) {
        return switch (this) {
            case FLOAT32 -> new Lucene99HnswVectorsFormat(maxConn, beamWidth);
            case INT8 -> new Lucene104HnswScalarQuantizedVectorsFormat(ScalarEncoding.UNSIGNED_BYTE, maxConn, beamWidth);
            case INT4 -> new Lucene104HnswScalarQuantizedVectorsFormat(ScalarEncoding.PACKED_NIBBLE, maxConn, beamWidth);
        };
    }
}
