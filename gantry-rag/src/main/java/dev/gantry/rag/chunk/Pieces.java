package dev.gantry.rag.chunk;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a section's blocks into pieces of at most {@code limit} tokens each: a block that fits stays whole; a
 * longer paragraph or list item is cut at sentences, a longer code block or table at lines (a table part
 * carries no copy of the header row: chunk text must stay an exact substring), and anything still too long at
 * token windows.
 */
final class Pieces {
    private Pieces() {
    }

    static List<Piece> of(String text, List<Block> blocks, int limit) {
        List<Piece> pieces = new ArrayList<>();
        for (Block block : blocks) {
            int tokens = TokenCounter.count(text, block.start(), block.end());
            if (tokens <= limit) {
                pieces.add(new Piece(block.start(), block.end(), tokens, block.kind().isProse()));
            } else {
                split(text, block, limit, pieces);
            }
        }
        return pieces;
    }

    private static void split(String text, Block block, int limit, List<Piece> out) {
        List<Span> parts = switch (block.kind()) {
            case PARAGRAPH, LIST_ITEM -> SentenceBreaks.of(text, block.start(), block.end());
            case CODE, TABLE -> lines(text, block.start(), block.end());
            case HEADING -> List.of(new Span(block.start(), block.end()));
        };
        boolean sentences = block.kind().isProse();
        for (Span part : parts) {
            int tokens = TokenCounter.count(text, part.start(), part.end());
            if (tokens <= limit) {
                out.add(new Piece(part.start(), part.end(), tokens, sentences));
            } else {
                for (Span w : TokenWindows.split(text, part.start(), part.end(), limit)) {
                    out.add(new Piece(w.start(), w.end(), TokenCounter.count(text, w.start(), w.end()), false));
                }
            }
        }
    }

    /** Non-blank lines of [start, end), each trimmed. */
    static List<Span> lines(String text, int start, int end) {
        List<Span> lines = new ArrayList<>();
        int lineStart = start;
        for (int i = start; i <= end; i++) {
            if (i == end || text.charAt(i) == '\n' || text.charAt(i) == '\r') {
                Span line = Span.trimmed(text, lineStart, i);
                if (!line.isEmpty()) lines.add(line);
                lineStart = i + 1;
            }
        }
        return lines;
    }
}
