package dev.gantry.rag.answer;

import dev.gantry.core.rag.Chunk;
import dev.gantry.rag.retrieve.SearchHit;

/** A hit's chunk, whole or cut after a sentence, with its place in the document. */
record Piece(SearchHit hit, int start, int end, String text) {
    static Piece whole(SearchHit hit) {
        Chunk c = hit.chunk();
        return new Piece(hit, c.startOffset(), c.endOffset(), c.text());
    }

    /** The chunk's first {@code length} characters. */
    static Piece prefix(SearchHit hit, int length) {
        Chunk c = hit.chunk();
        return new Piece(hit, c.startOffset(), c.startOffset() + length, c.text().substring(0, length));
    }

    Chunk chunk() {
        return hit.chunk();
    }

    /** Reaches the end of its chunk, so a following chunk continues it. */
    boolean complete() {
        return end == chunk().endOffset();
    }

    /**
     * Offsets can be trusted to splice texts only when they match the text's length (an index that stored
     * something else would otherwise garble the merged text).
     */
    boolean spliceable() {
        Chunk c = chunk();
        return c.endOffset() - c.startOffset() == c.text().length();
    }

    /** Same document and either overlapping or touching, or consecutive chunks with only a gap between them. */
    boolean joins(Piece other) {
        if (!chunk().documentId().equals(other.chunk().documentId()) || !spliceable() || !other.spliceable()) {
            return false;
        }
        if (start <= other.end && other.start <= end) return true;
        Piece first = start < other.start ? this : other;
        Piece second = first == this ? other : this;
        return first.complete() && first.chunk().ordinal() + 1 == second.chunk().ordinal();
    }
}
