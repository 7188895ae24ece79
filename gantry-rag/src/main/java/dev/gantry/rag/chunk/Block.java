package dev.gantry.rag.chunk;

import java.util.List;

/**
 * One structural unit of the light Markdown, as a span of the original text: first non-blank character to the
 * last one (exclusive), so any run of whole blocks is an exact substring.
 *
 * @param headingPath the headings this block sits under, outermost first; a heading's own path ends with itself
 * @param level       1-6 for a heading, 0 otherwise
 */
record Block(Kind kind, int start, int end, List<String> headingPath, int level) {
    enum Kind {
        HEADING, PARAGRAPH, LIST_ITEM, CODE, TABLE;

        /** Prose is split at sentences and may be repeated as overlap; the others are split at lines. */
        boolean isProse() {
            return this == PARAGRAPH || this == LIST_ITEM;
        }
    }

    Block {
        headingPath = List.copyOf(headingPath);
    }
}
