package dev.gantry.rag.answer;

import dev.gantry.rag.retrieve.Citation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A source being packed: one piece, or several pieces of one document spliced into one text, each overlap
 * written once. Immutable; adding a piece makes a new draft so a placement that does not fit costs nothing.
 */
final class Draft {
    private static final Comparator<Piece> IN_DOCUMENT_ORDER = Comparator.comparingInt(Piece::start)
            .thenComparing(Comparator.comparingInt(Piece::end).reversed());

    private final List<Piece> pieces;
    private final String text;
    private final int start;
    private final int end;
    private final int tokens;

    private Draft(List<Piece> pieces) {
        this.pieces = pieces;
        this.text = splice(pieces);
        this.start = pieces.get(0).start();
        this.end = pieces.stream().mapToInt(Piece::end).max().orElseThrow();
        this.tokens = Tokens.count(block(0) + ContextPacker.SEPARATOR);
    }

    static Draft of(List<Piece> pieces) {
        List<Piece> sorted = new ArrayList<>(pieces);
        sorted.sort(IN_DOCUMENT_ORDER);
        return new Draft(List.copyOf(sorted));
    }

    boolean joins(Piece piece) {
        return pieces.stream().anyMatch(p -> p.joins(piece));
    }

    List<Piece> pieces() {
        return pieces;
    }

    String text() {
        return text;
    }

    /** Tokens of this source in the context, the separator after it included. */
    int tokens() {
        return tokens;
    }

    /** The best (lowest) search rank among its pieces: sources are numbered in this order. */
    int rank() {
        return pieces.stream().mapToInt(p -> p.hit().rank()).min().orElseThrow();
    }

    /** "[n] title — heading > heading" then the text. */
    String block(int number) {
        Citation c = pieces.get(0).hit().citation();
        StringBuilder header = new StringBuilder("[").append(number).append("] ")
                .append(oneLine(c.title() != null ? c.title() : c.documentId()));
        if (!c.headingPath().isEmpty()) header.append(" — ").append(oneLine(String.join(" > ", c.headingPath())));
        return header.append('\n').append(text).toString();
    }

    Source toSource(int number) {
        Citation citation = pieces.get(0).hit().citation().withRange(start, end);
        List<String> chunkIds = pieces.stream().map(p -> p.chunk().id()).distinct().toList();
        return new Source(number, citation, text, chunkIds);
    }

    /**
     * Texts in document order; a piece overlapping the text so far adds only what lies beyond it. The gap
     * between consecutive chunks is not stored: chunkers split at white space, so one character is taken
     * for a space and more for a paragraph break.
     */
    private static String splice(List<Piece> sorted) {
        StringBuilder out = new StringBuilder(sorted.get(0).text());
        int covered = sorted.get(0).end();
        for (Piece p : sorted.subList(1, sorted.size())) {
            if (p.end() <= covered) continue;
            if (p.start() <= covered) {
                out.append(p.text(), covered - p.start(), p.text().length());
            } else {
                out.append(p.start() - covered == 1 ? " " : "\n\n").append(p.text());
            }
            covered = p.end();
        }
        return out.toString().strip();
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }
}
