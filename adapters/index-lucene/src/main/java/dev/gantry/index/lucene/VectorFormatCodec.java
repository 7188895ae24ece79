package dev.gantry.index.lucene;

import org.apache.lucene.codecs.KnnVectorsFormat;
import org.apache.lucene.codecs.lucene104.Lucene104Codec;

/**
 * The default codec with the configured vector format for the vector field. Lucene writes the per-field format's
 * name into each segment and finds it again by name when reading, so an index stays readable by the plain default
 * codec and by any other {@link VectorFormat}.
 */
final class VectorFormatCodec extends Lucene104Codec {
    private final KnnVectorsFormat vectors;

    VectorFormatCodec(LuceneIndexOptions options) {
        this.vectors = new WideVectorsFormat(
                options.vectorFormat().luceneFormat(options.hnswMaxConn(), options.hnswBeamWidth()));
    }

    @Override
    public KnnVectorsFormat getKnnVectorsFormatForField(String field) {
        return IndexFields.VECTOR.equals(field) ? vectors : super.getKnnVectorsFormatForField(field);
    }
}
