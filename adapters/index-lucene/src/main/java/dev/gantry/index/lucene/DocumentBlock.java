package dev.gantry.index.lucene;

import static dev.gantry.index.lucene.IndexFields.*;

import dev.gantry.core.error.GantryException;
import dev.gantry.core.rag.Chunk;
import dev.gantry.core.rag.DocumentInfo;
import dev.gantry.core.rag.IndexedChunk;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.util.BytesRef;

/**
 * Turns a document and its chunks into the block of Lucene documents that replaces it atomically: the chunks
 * in order, then the document record (Lucene's parent-last block convention).
 */
final class DocumentBlock {
    /** Ids are terms; Lucene's hard limit is 32,766 bytes, far beyond any sensible id. */
    static final int MAX_ID_CHARS = 1024;
    /**
     * Longer metadata values (a Tika "description", say) are stored but not indexed for filtering: an exact match
     * on kilobytes of text is not a filter anyone writes, and Lucene rejects terms over 32,766 bytes.
     */
    private static final int MAX_KEYWORD_CHARS = 4096;

    private DocumentBlock() {
    }

    static List<Document> of(DocumentInfo doc, List<IndexedChunk> chunks, int dimensions) {
        requireId(doc);
        List<Document> block = new ArrayList<>(chunks.size() + 1);
        for (IndexedChunk c : chunks) block.add(chunk(doc, c, dimensions));
        block.add(record(doc));
        return block;
    }

    private static void requireId(DocumentInfo doc) {
        if (doc == null || doc.id() == null || doc.id().isEmpty()) {
            throw GantryException.invalid("id", "document id is empty; give every document an id");
        }
        if (doc.id().length() > MAX_ID_CHARS) {
            throw GantryException.invalid("id", "document id '" + doc.id().substring(0, 32) + "...' has "
                    + doc.id().length() + " characters; use at most " + MAX_ID_CHARS + " (a path or a hash)");
        }
    }

    private static Document chunk(DocumentInfo doc, IndexedChunk indexed, int dimensions) {
        Chunk c = indexed.chunk();
        if (!doc.id().equals(c.documentId())) {
            throw GantryException.invalid("chunks", "chunk '" + c.id() + "' belongs to document '" + c.documentId()
                    + "', not '" + doc.id() + "'; replace each document with its own chunks");
        }
        if (c.id() == null || c.text() == null) {
            throw GantryException.invalid("chunks", "chunk " + c.ordinal() + " of document '" + doc.id()
                    + "' has no " + (c.id() == null ? "id" : "text") + "; chunks carry both");
        }
        float[] unit = UnitVectors.normalisedCopy(indexed.vector(), dimensions, "chunk '" + c.id() + "'");
        Document d = new Document();
        d.add(new StringField(KIND, KIND_CHUNK, Field.Store.NO));
        d.add(new StringField(DOC_ID, doc.id(), Field.Store.NO));
        d.add(new BinaryDocValuesField(PAYLOAD, ChunkPayload.encode(c, indexed.textHash())));
        d.add(new TextField(BM25, searchableText(doc.title(), c), Field.Store.NO));
        d.add(new KnnFloatVectorField(VECTOR, unit, VectorSimilarityFunction.DOT_PRODUCT));
        addMetadataFields(d, c.metadata());
        return d;
    }

    /** The title counts for every chunk: a query naming the document should find its passages. */
    private static String searchableText(String title, Chunk c) {
        StringBuilder sb = new StringBuilder();
        if (title != null) sb.append(title).append('\n');
        for (String heading : c.headingPath()) sb.append(heading).append('\n');
        return sb.append(c.text()).toString();
    }

    private static void addMetadataFields(Document d, Map<String, String> metadata) {
        metadata.forEach((key, value) -> {
            if (value.length() <= MAX_KEYWORD_CHARS) d.add(new StringField(keyword(key), value, Field.Store.NO));
            Double number = MetadataValues.asNumber(value);
            if (number != null) d.add(new DoublePoint(number(key), number));
        });
    }

    private static Document record(DocumentInfo doc) {
        Document d = new Document();
        d.add(new StringField(KIND, KIND_DOC, Field.Store.NO));
        d.add(new StringField(DOC_ID, doc.id(), Field.Store.YES));
        d.add(new SortedDocValuesField(DOC_SORT, new BytesRef(doc.id())));
        if (doc.title() != null) d.add(new StoredField(TITLE, doc.title()));
        if (doc.source() != null) d.add(new StoredField(SOURCE, doc.source()));
        if (doc.contentHash() != null) d.add(new StoredField(CONTENT_HASH, doc.contentHash()));
        d.add(new StoredField(METADATA_JSON, MetadataValues.toJson(doc.metadata())));
        d.add(new StoredField(CHUNK_COUNT, doc.chunkCount()));
        d.add(new StoredField(TEXT_LENGTH, doc.textLength()));
        if (doc.ingestedAt() != null) d.add(new StoredField(INGESTED_AT, doc.ingestedAt().toString()));
        return d;
    }
}
