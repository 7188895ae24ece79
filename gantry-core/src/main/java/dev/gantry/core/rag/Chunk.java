package dev.gantry.core.rag;

import java.util.List;
import java.util.Map;

/**
 * One retrievable piece of a document, with everything a citation needs.
 *
 * @param id          stable: {@code documentId + "#" + ordinal}
 * @param ordinal     position of the chunk in its document, from 0
 * @param startOffset first character of {@code text} in the document's extracted text (inclusive)
 * @param endOffset   end of {@code text} in the document's extracted text (exclusive)
 * @param headingPath the headings the chunk sits under, outermost first (empty when the text has none)
 * @param tokens      size in tokens as the chunker counted them
 * @param metadata    the document's metadata, copied onto every chunk so filters need no join
 */
public record Chunk(String id, String documentId, int ordinal, String text, int startOffset, int endOffset,
                    List<String> headingPath, int tokens, Map<String, String> metadata) {
    public Chunk {
        headingPath = List.copyOf(headingPath);
        metadata = Map.copyOf(metadata);
    }

    public static String idOf(String documentId, int ordinal) {
        return documentId + "#" + ordinal;
    }
}
