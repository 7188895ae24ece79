package dev.gantry.rag.answer;

import dev.gantry.core.rag.Chunk;
import dev.gantry.core.rag.DocumentInfo;
import dev.gantry.rag.retrieve.Citation;
import dev.gantry.rag.retrieve.SearchHit;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Builds search hits over documents given as text, with chunks cut at chosen offsets. */
final class Hits {
    private final List<SearchHit> hits = new ArrayList<>();

    /** Adds, at the next rank, the chunk [start, end) of the document. */
    Hits chunk(String documentId, String documentText, int ordinal, int start, int end, String... headings) {
        Chunk c = new Chunk(Chunk.idOf(documentId, ordinal), documentId, ordinal, documentText.substring(start, end),
                start, end, List.of(headings), 0, Map.of());
        DocumentInfo doc = new DocumentInfo(documentId, "Title of " + documentId, "file:" + documentId, "h", Map.of(),
                1, documentText.length(), Instant.EPOCH);
        hits.add(new SearchHit(hits.size() + 1, c, 1.0 / (hits.size() + 1), Citation.of(c, doc)));
        return this;
    }

    /** Adds a chunk whose offsets do not match its text (as a broken index might store it). */
    Hits inconsistent(String documentId, int ordinal, String text, int start, int end) {
        Chunk c = new Chunk(Chunk.idOf(documentId, ordinal), documentId, ordinal, text, start, end, List.of(), 0,
                Map.of());
        hits.add(new SearchHit(hits.size() + 1, c, 1.0, Citation.of(c, null)));
        return this;
    }

    List<SearchHit> list() {
        return List.copyOf(hits);
    }
}
