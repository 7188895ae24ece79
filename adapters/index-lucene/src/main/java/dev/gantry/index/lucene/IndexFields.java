package dev.gantry.index.lucene;

/**
 * Field names of the two kinds of Lucene documents in a collection's index: one per chunk and one per document
 * (its {@code DocumentInfo}), written as one block per document. Every Lucene document carries the document id
 * in {@link #DOC_ID}, the term a replace or delete acts on.
 */
final class IndexFields {
    /** "chunk" or "doc". */
    static final String KIND = "kind";
    static final String KIND_CHUNK = "chunk";
    static final String KIND_DOC = "doc";
    /** Indexed and stored on both kinds. */
    static final String DOC_ID = "doc_id";
    /** Doc values of the document id on document records, for paging in id order. */
    static final String DOC_SORT = "doc_sort";

    // chunk records
    /** The chunk as a binary doc value ({@link ChunkPayload}): its raw text, offsets, headings, hash, metadata. */
    static final String PAYLOAD = "payload";
    /** Title + heading path + chunk text, analysed for BM25, not stored. */
    static final String BM25 = "bm25";
    static final String VECTOR = "vector";

    // document records
    static final String TITLE = "title";
    static final String SOURCE = "source";
    static final String CONTENT_HASH = "content_hash";
    static final String CHUNK_COUNT = "chunk_count";
    static final String TEXT_LENGTH = "text_length";
    static final String INGESTED_AT = "ingested_at";

    /** Metadata as a JSON object, stored on document records. */
    static final String METADATA_JSON = "metadata";
    /** Prefix of the exact-match (keyword) field of each metadata key. */
    static final String META_PREFIX = "meta.";
    /** Prefix of the numeric (point) field of each metadata key whose value is a number. */
    static final String NUMBER_PREFIX = "num.";

    private IndexFields() {
    }

    static String keyword(String metadataKey) {
        return META_PREFIX + metadataKey;
    }

    static String number(String metadataKey) {
        return NUMBER_PREFIX + metadataKey;
    }
}
