package dev.gantry.rag.ingest;

import dev.gantry.core.error.GantryException;
import dev.gantry.core.rag.Chunk;
import dev.gantry.core.rag.CollectionInfo;
import dev.gantry.core.rag.DocumentInfo;
import dev.gantry.core.rag.IndexedChunk;
import dev.gantry.core.rag.IngestItem;
import dev.gantry.core.rag.VectorIndex;
import dev.gantry.rag.embed.CachingEmbedder;
import dev.gantry.rag.embed.TextHash;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Indexes a batch of documents: unchanged content (same hash) is skipped, changed documents are re-chunked and
 * replace all their old chunks, and every new chunk of the batch is embedded in one call (chunks whose text was
 * embedded before come from the cache). The caller commits the index after the batch.
 */
final class DocumentIngester {
    private final CollectionInfo collection;
    private final VectorIndex index;
    private final CachingEmbedder embedder;
    private final Chunking chunking;
    private final Clock clock;

    DocumentIngester(CollectionInfo collection, VectorIndex index, CachingEmbedder embedder, Chunking chunking, Clock clock) {
        this.collection = collection;
        this.index = index;
        this.embedder = embedder;
        this.chunking = chunking;
        this.clock = clock;
    }

    /** A document read from an item, ready to index. */
    record Ready(IngestItem item, SourceDocument doc) {
    }

    List<ItemOutcome> ingest(List<Ready> batch) {
        List<ItemOutcome> outcomes = new ArrayList<>();
        List<Planned> planned = new ArrayList<>();
        for (Ready r : batch) {
            try {
                Planned p = plan(r);
                if (p == null) outcomes.add(new ItemOutcome(r.item(), IngestItem.State.SKIPPED, r.doc().id(), 0, null));
                else planned.add(p);
            } catch (GantryException e) {
                outcomes.add(new ItemOutcome(r.item(), IngestItem.State.FAILED, r.doc().id(), 0, e.getMessage()));
            }
        }
        outcomes.addAll(write(planned));
        return outcomes;
    }

    private record Planned(Ready ready, DocumentInfo info, List<Chunk> chunks, List<String> embedTexts) {
    }

    /** @return null when the document is indexed with this exact content already */
    private Planned plan(Ready r) {
        SourceDocument d = r.doc();
        String hash = contentHash(d);
        var existing = index.document(d.id());
        if (existing.isPresent() && existing.get().contentHash().equals(hash)) return null;
        List<Chunk> chunks = chunking.chunk(collection, d.id(), d.text(), d.metadata());
        if (chunks.isEmpty()) throw GantryException.invalid("documents", r.item().describe() + " (id '" + d.id() + "') is empty: no text to index");
        if (existing.isPresent()) embedder.remember(index.vectorsByTextHash(d.id()));
        List<String> texts = chunks.stream().map(c -> embedText(d.title(), c)).toList();
        DocumentInfo info = new DocumentInfo(d.id(), d.title(), d.source(), hash, d.metadata(), chunks.size(),
                d.text().length(), clock.instant());
        return new Planned(r, info, chunks, texts);
    }

    private List<ItemOutcome> write(List<Planned> planned) {
        List<ItemOutcome> out = new ArrayList<>();
        if (planned.isEmpty()) return out;
        List<String> all = planned.stream().flatMap(p -> p.embedTexts().stream()).toList();
        List<float[]> vectors;
        try {
            vectors = embedder.embedDocuments(all);
        } catch (GantryException e) {
            for (Planned p : planned) out.add(failed(p, "embedding failed: " + e.getMessage()));
            return out;
        }
        int next = 0;
        for (Planned p : planned) {
            List<IndexedChunk> indexed = new ArrayList<>(p.chunks().size());
            for (int i = 0; i < p.chunks().size(); i++, next++) {
                indexed.add(new IndexedChunk(p.chunks().get(i), vectors.get(next), TextHash.of(p.embedTexts().get(i))));
            }
            index.replaceDocument(p.info(), indexed);
            out.add(new ItemOutcome(p.ready().item(), IngestItem.State.DONE, p.info().id(), indexed.size(), null));
        }
        return out;
    }

    private static ItemOutcome failed(Planned p, String why) {
        return new ItemOutcome(p.ready().item(), IngestItem.State.FAILED, p.info().id(), 0,
                p.ready().item().describe() + ": " + why);
    }

    /** Title and headings go into the embedded text: a chunk out of its context often loses its subject. */
    static String embedText(String title, Chunk c) {
        StringBuilder sb = new StringBuilder();
        if (!title.isBlank()) sb.append(title).append('\n');
        if (!c.headingPath().isEmpty()) sb.append(String.join(" > ", c.headingPath())).append('\n');
        return sb.append(c.text()).toString();
    }

    static String contentHash(SourceDocument d) {
        return TextHash.of(d.title(), d.text(), new TreeMap<>(d.metadata()).toString());
    }

}
