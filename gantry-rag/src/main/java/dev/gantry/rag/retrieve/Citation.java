package dev.gantry.rag.retrieve;

import dev.gantry.core.rag.Chunk;
import dev.gantry.core.rag.DocumentInfo;
import java.util.List;

/**
 * Where a piece of retrieved text comes from, precisely enough for a client to show or link it.
 *
 * @param startOffset first character in the document's extracted text (inclusive)
 * @param endOffset   end in the document's extracted text (exclusive)
 * @param title       the document's title, null when unknown
 * @param source      where the document came from (file path, "text", "jsonl:FILE"), null when unknown
 */
public record Citation(String documentId, String chunkId, int ordinal, int startOffset, int endOffset,
                       List<String> headingPath, String title, String source) {
    public Citation {
        headingPath = headingPath == null ? List.of() : List.copyOf(headingPath);
    }

    /** @param document the chunk's document as the index knows it, or null */
    public static Citation of(Chunk chunk, DocumentInfo document) {
        return new Citation(chunk.documentId(), chunk.id(), chunk.ordinal(), chunk.startOffset(), chunk.endOffset(),
                chunk.headingPath(), document == null ? null : blankToNull(document.title()),
                document == null ? null : blankToNull(document.source()));
    }

    /** The same citation covering another range (a source merged from several chunks, or a trimmed one). */
    public Citation withRange(int start, int end) {
        return new Citation(documentId, chunkId, ordinal, start, end, headingPath, title, source);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
