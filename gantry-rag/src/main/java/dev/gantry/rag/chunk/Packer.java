package dev.gantry.rag.chunk;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Packs the pieces of one section into chunks of at most {@code limit} tokens, greedily and in order. Each chunk
 * after the first repeats whole sentences from the end of the one before, up to {@code overlapLimit} tokens,
 * never all of its new text (a chunk would otherwise be a subset of the next).
 *
 * <p>Sizes are estimated as the sum of the pieces plus one token per gap, then the chunk's exact text is
 * counted: if it is over, the overlap shrinks by a sentence first, then the last piece moves to the next chunk.
 */
final class Packer {
    /** A chunk's span of the text and its exact size. */
    record Packed(int start, int end, int tokens) {
    }

    private final String text;
    private final int limit;
    private final int overlapLimit;

    Packer(String text, int limit, int overlapLimit) {
        this.text = text;
        this.limit = limit;
        this.overlapLimit = overlapLimit;
    }

    List<Packed> pack(List<Piece> pieces) {
        List<Packed> chunks = new ArrayList<>();
        List<Integer> overlapStarts = List.of();
        int first = 0;
        while (first < pieces.size()) {
            Fill fill = fill(pieces, first, overlapStarts);
            chunks.add(fill.chunk());
            overlapStarts = overlapStarts(pieces, first, fill.next());
            first = fill.next();
        }
        return chunks;
    }

    private record Fill(Packed chunk, int next) {
    }

    /** @param overlapStarts where the overlap may start, longest overlap first */
    private Fill fill(List<Piece> pieces, int first, List<Integer> overlapStarts) {
        int overlap = 0;
        int start = overlapStarts.isEmpty() ? pieces.get(first).start() : overlapStarts.get(0);
        int estimate = TokenCounter.count(text, start, pieces.get(first).start()) + pieces.get(first).tokens();
        int next = first + 1;
        while (next < pieces.size() && estimate + 1 + pieces.get(next).tokens() <= limit) {
            estimate += 1 + pieces.get(next++).tokens();
        }
        int tokens = TokenCounter.count(text, start, pieces.get(next - 1).end());
        while (tokens > limit) {
            if (overlap < overlapStarts.size()) {
                overlap++;
                start = overlap < overlapStarts.size() ? overlapStarts.get(overlap) : pieces.get(first).start();
            } else if (next - first > 1) {
                next--;
            } else {
                break; // one piece over the limit alone: Pieces makes none (a code point is at most 4 tokens)
            }
            tokens = TokenCounter.count(text, start, pieces.get(next - 1).end());
        }
        return new Fill(new Packed(start, pieces.get(next - 1).end(), tokens), next);
    }

    /** Starts of the trailing whole sentences of pieces [first, next) that fit in the overlap, longest first. */
    private List<Integer> overlapStarts(List<Piece> pieces, int first, int next) {
        if (overlapLimit == 0 || next >= pieces.size()) return List.of();
        int end = pieces.get(next - 1).end();
        int newTextStart = pieces.get(first).start();
        List<Integer> starts = new ArrayList<>();
        for (int k = next - 1; k >= first && pieces.get(k).sentences(); k--) {
            Piece piece = pieces.get(k);
            List<Span> sentences = SentenceBreaks.of(text, piece.start(), piece.end());
            for (int s = sentences.size() - 1; s >= 0; s--) {
                int sentenceStart = sentences.get(s).start();
                if (sentenceStart <= newTextStart || TokenCounter.count(text, sentenceStart, end) > overlapLimit) {
                    Collections.reverse(starts);
                    return starts;
                }
                starts.add(sentenceStart);
            }
        }
        Collections.reverse(starts);
        return starts;
    }
}
