package dev.gantry.rag.chunk;

import dev.gantry.core.error.GantryException;
import dev.gantry.core.rag.Chunk;
import dev.gantry.core.rag.CollectionInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Structure-aware, token-aware chunking of light Markdown (what the text extractors produce; plain text works
 * too, as paragraphs).
 *
 * <ul>
 *   <li>Whole blocks (paragraphs, list items, fenced code, tables, headings) are packed into chunks of at most
 *   {@code chunkTokens} cl100k_base tokens; a heading always starts a new chunk, so a chunk's heading path is
 *   that of all its text.</li>
 *   <li>A block too long for one chunk is cut: prose at sentences, code and tables at lines, and whatever is
 *   still too long at token windows. No chunk is ever over {@code chunkTokens}.</li>
 *   <li>The next chunk of the same section starts with up to {@code overlapTokens} of whole sentences from the
 *   end of the one before (none after code, tables or token windows).</li>
 *   <li>Every chunk's text is exactly {@code text.substring(startOffset, endOffset)}: citations point into the
 *   document. Every non-blank character of the text is in at least one chunk.</li>
 * </ul>
 * Immutable and thread-safe; the same input always gives the same chunks.
 */
public final class MarkdownChunker {
    public static final int DEFAULT_CHUNK_TOKENS = 256;
    public static final int DEFAULT_OVERLAP_TOKENS = 32;
    /** Below this a chunk holds hardly a sentence; it also keeps any code point (4 tokens at most) splittable. */
    public static final int MIN_CHUNK_TOKENS = 16;

    private final int chunkTokens;
    private final int overlapTokens;

    public MarkdownChunker(int chunkTokens, int overlapTokens) {
        if (chunkTokens < MIN_CHUNK_TOKENS) {
            throw GantryException.invalid("chunk_tokens", "chunk_tokens is " + chunkTokens + "; it must be at least "
                    + MIN_CHUNK_TOKENS + " (the default is " + DEFAULT_CHUNK_TOKENS + ")");
        }
        if (overlapTokens < 0 || overlapTokens > chunkTokens / 2) {
            throw GantryException.invalid("overlap_tokens", "overlap_tokens is " + overlapTokens
                    + "; it must be between 0 and half of chunk_tokens (" + chunkTokens / 2 + "); the default is "
                    + DEFAULT_OVERLAP_TOKENS);
        }
        this.chunkTokens = chunkTokens;
        this.overlapTokens = overlapTokens;
    }

    public static MarkdownChunker withDefaults() {
        return new MarkdownChunker(DEFAULT_CHUNK_TOKENS, DEFAULT_OVERLAP_TOKENS);
    }

    public static MarkdownChunker forCollection(CollectionInfo collection) {
        return new MarkdownChunker(collection.chunkTokens(), collection.overlapTokens());
    }

    /**
     * @param metadata copied onto every chunk; null means none
     * @return the chunks in document order, ordinals from 0; empty for blank text
     */
    public List<Chunk> chunk(String documentId, String text, Map<String, String> metadata) {
        if (text == null || text.isBlank()) return List.of();
        Map<String, String> meta = metadata == null ? Map.of() : metadata;
        Packer packer = new Packer(text, chunkTokens, overlapTokens);
        List<Chunk> chunks = new ArrayList<>();
        for (Section section : Section.of(BlockParser.parse(text))) {
            for (Packer.Packed p : packer.pack(Pieces.of(text, section.blocks(), chunkTokens))) {
                int ordinal = chunks.size();
                chunks.add(new Chunk(Chunk.idOf(documentId, ordinal), documentId, ordinal,
                        text.substring(p.start(), p.end()), p.start(), p.end(), section.headingPath(), p.tokens(), meta));
            }
        }
        return List.copyOf(chunks);
    }

    public int chunkTokens() {
        return chunkTokens;
    }

    public int overlapTokens() {
        return overlapTokens;
    }
}
