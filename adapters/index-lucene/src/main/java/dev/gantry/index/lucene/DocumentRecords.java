package dev.gantry.index.lucene;

import static dev.gantry.index.lucene.IndexFields.*;

import dev.gantry.core.rag.DocumentInfo;
import java.time.Instant;
import java.util.Set;
import org.apache.lucene.document.Document;

/** Reads document infos back from the stored fields {@link DocumentBlock} wrote. */
final class DocumentRecords {
    static final Set<String> DOCUMENT_FIELDS =
            Set.of(DOC_ID, TITLE, SOURCE, CONTENT_HASH, METADATA_JSON, CHUNK_COUNT, TEXT_LENGTH, INGESTED_AT);

    private DocumentRecords() {
    }

    static DocumentInfo documentInfo(Document d) {
        String ingestedAt = d.get(INGESTED_AT);
        return new DocumentInfo(d.get(DOC_ID), d.get(TITLE), d.get(SOURCE), d.get(CONTENT_HASH),
                MetadataValues.fromJson(d.get(METADATA_JSON)), d.getField(CHUNK_COUNT).numericValue().intValue(),
                d.getField(TEXT_LENGTH).numericValue().longValue(),
                ingestedAt == null ? null : Instant.parse(ingestedAt));
    }
}
