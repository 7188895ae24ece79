package dev.gantry.index.lucene;

import java.io.IOException;
import org.apache.lucene.codecs.KnnVectorsFormat;
import org.apache.lucene.codecs.KnnVectorsReader;
import org.apache.lucene.codecs.KnnVectorsWriter;
import org.apache.lucene.index.SegmentReadState;
import org.apache.lucene.index.SegmentWriteState;

/**
 * A Lucene vector format with a higher dimension limit: Lucene's formats stop at 1,024 dimensions, below common
 * embedding models (3,072 for OpenAI's text-embedding-3-large). It takes the name of the format it wraps, so
 * segments record that name and are read back by Lucene's own format; the limit matters only when writing.
 */
final class WideVectorsFormat extends KnnVectorsFormat {
    static final int MAX_DIMENSIONS = 4096;
    private final KnnVectorsFormat delegate;

    WideVectorsFormat(KnnVectorsFormat delegate) {
        super(delegate.getName());
        this.delegate = delegate;
    }

    @Override
    public KnnVectorsWriter fieldsWriter(SegmentWriteState state) throws IOException {
        return delegate.fieldsWriter(state);
    }

    @Override
    public KnnVectorsReader fieldsReader(SegmentReadState state) throws IOException {
        return delegate.fieldsReader(state);
    }

    @Override
    public int getMaxDimensions(String fieldName) {
        return MAX_DIMENSIONS;
    }

    @Override
    public String toString() {
        return delegate + " (up to " + MAX_DIMENSIONS + " dimensions)";
    }
}
