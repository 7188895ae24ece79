package dev.gantry.index.lucene;

import java.time.Duration;
import java.util.Objects;

/**
 * Tuning of the Lucene indexes of one store.
 *
 * @param vectorFormat    how the HNSW graph holds vectors (see {@link VectorFormat})
 * @param hnswMaxConn     graph neighbours per node (Lucene's M); more: better recall, bigger and slower to build
 * @param hnswBeamWidth   candidates kept while inserting a node; more: better graph, slower build
 * @param refreshInterval how stale searches may be at most while a writer adds uncommitted documents
 * @param ramBufferMb     memory the writer buffers before it writes a segment; larger buffers mean fewer,
 *                        bigger segments (fewer HNSW graphs to build and merge)
 */
public record LuceneIndexOptions(VectorFormat vectorFormat, int hnswMaxConn, int hnswBeamWidth,
                                 Duration refreshInterval, double ramBufferMb) {
    /** Lucene's own HNSW defaults; the float32 format won the benchmark up to 500,000 chunks. */
    public static final LuceneIndexOptions DEFAULTS =
            new LuceneIndexOptions(VectorFormat.FLOAT32, 16, 100, Duration.ofSeconds(1), 64);

    public LuceneIndexOptions {
        Objects.requireNonNull(vectorFormat, "vectorFormat");
        Objects.requireNonNull(refreshInterval, "refreshInterval");
        if (hnswMaxConn < 2 || hnswMaxConn > 512) {
            throw new IllegalArgumentException("hnswMaxConn is " + hnswMaxConn + "; use 2 to 512 (Lucene's default 16)");
        }
        if (hnswBeamWidth < 1 || hnswBeamWidth > 3200) {
            throw new IllegalArgumentException("hnswBeamWidth is " + hnswBeamWidth
                    + "; use 1 to 3200 (Lucene's default 100)");
        }
        if (refreshInterval.isNegative() || refreshInterval.isZero()) {
            throw new IllegalArgumentException("refreshInterval is " + refreshInterval + "; use a positive duration");
        }
        if (!(ramBufferMb >= 1 && ramBufferMb <= 2048)) {
            throw new IllegalArgumentException("ramBufferMb is " + ramBufferMb + "; use 1 to 2048");
        }
    }

    public LuceneIndexOptions withVectorFormat(VectorFormat format) {
        return new LuceneIndexOptions(format, hnswMaxConn, hnswBeamWidth, refreshInterval, ramBufferMb);
    }

    public LuceneIndexOptions withRefreshInterval(Duration interval) {
        return new LuceneIndexOptions(vectorFormat, hnswMaxConn, hnswBeamWidth, interval, ramBufferMb);
    }
}
