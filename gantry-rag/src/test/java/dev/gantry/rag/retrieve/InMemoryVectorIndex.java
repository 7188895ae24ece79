package dev.gantry.rag.retrieve;

import dev.gantry.core.rag.Chunk;
import dev.gantry.core.rag.DocumentInfo;
import dev.gantry.core.rag.Filter;
import dev.gantry.core.rag.IndexStats;
import dev.gantry.core.rag.IndexedChunk;
import dev.gantry.core.rag.ScoredChunk;
import dev.gantry.core.rag.VectorIndex;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * An exact, brute-force VectorIndex for tests of the use cases: textbook BM25 (k1 = 1.2, b = 0.75) over
 * lower-cased word tokens, cosine mapped to [0,1] for vectors, filters evaluated per chunk. Counts the searches
 * it serves and remembers the last k asked for, so tests can see what the retriever asked of it.
 */
public final class InMemoryVectorIndex implements VectorIndex {
    private static final double K1 = 1.2;
    private static final double B = 0.75;

    private final int dimensions;
    private final Map<String, DocumentInfo> documents = new TreeMap<>();
    private final Map<String, List<IndexedChunk>> chunks = new TreeMap<>();
    public int textSearches;
    public int vectorSearches;
    public int lastTextK;
    public int lastVectorK;

    public InMemoryVectorIndex(int dimensions) {
        this.dimensions = dimensions;
    }

    /** A chunk's text and its vector, for {@link #add}. */
    public record Part(String text, float[] vector) {
    }

    public static Part part(String text, float... vector) {
        return new Part(text, vector);
    }

    /** Adds one document whose chunks are the parts in order, laid end to end one character apart. */
    public InMemoryVectorIndex add(String docId, String title, Map<String, String> metadata, Part... parts) {
        List<IndexedChunk> list = new ArrayList<>();
        int offset = 0;
        for (int i = 0; i < parts.length; i++) {
            String text = parts[i].text();
            Chunk c = new Chunk(Chunk.idOf(docId, i), docId, i, text, offset, offset + text.length(), List.of(),
                    words(text).size(), metadata);
            list.add(new IndexedChunk(c, parts[i].vector(), Integer.toHexString(text.hashCode())));
            offset += text.length() + 1;
        }
        replaceDocument(new DocumentInfo(docId, title, "test:" + docId, "hash-" + docId, metadata, list.size(),
                offset, java.time.Instant.EPOCH), list);
        return this;
    }

    @Override
    public int dimensions() {
        return dimensions;
    }

    @Override
    public synchronized void replaceDocument(DocumentInfo doc, List<IndexedChunk> newChunks) {
        documents.put(doc.id(), doc);
        chunks.put(doc.id(), List.copyOf(newChunks));
    }

    @Override
    public void commit() {
    }

    @Override
    public synchronized boolean deleteDocument(String documentId) {
        chunks.remove(documentId);
        return documents.remove(documentId) != null;
    }

    @Override
    public synchronized Optional<DocumentInfo> document(String documentId) {
        return Optional.ofNullable(documents.get(documentId));
    }

    @Override
    public synchronized List<DocumentInfo> documents(String afterId, int limit) {
        return documents.values().stream().filter(d -> afterId == null || d.id().compareTo(afterId) > 0)
                .limit(limit).toList();
    }

    @Override
    public synchronized Map<String, float[]> vectorsByTextHash(String documentId) {
        Map<String, float[]> out = new HashMap<>();
        for (IndexedChunk c : chunks.getOrDefault(documentId, List.of())) out.put(c.textHash(), c.vector());
        return out;
    }

    @Override
    public synchronized List<ScoredChunk> searchText(String query, Filter filter, int k) {
        textSearches++;
        lastTextK = k;
        List<IndexedChunk> all = matching(filter);
        double avgLength = all.stream().mapToInt(c -> words(c.chunk().text()).size()).average().orElse(1);
        List<ScoredChunk> hits = new ArrayList<>();
        for (IndexedChunk c : all) {
            double score = bm25(new TreeSet<>(words(query)), c, all, avgLength);
            if (score > 0) hits.add(new ScoredChunk(c.chunk(), score, c.vector()));
        }
        return best(hits, k);
    }

    @Override
    public synchronized List<ScoredChunk> searchVector(float[] query, Filter filter, int k) {
        vectorSearches++;
        lastVectorK = k;
        List<ScoredChunk> hits = new ArrayList<>();
        for (IndexedChunk c : matching(filter)) {
            hits.add(new ScoredChunk(c.chunk(), (1 + cosine(query, c.vector())) / 2, c.vector()));
        }
        return best(hits, k);
    }

    @Override
    public synchronized Set<String> metadataFields() {
        Set<String> fields = new TreeSet<>();
        for (DocumentInfo d : documents.values()) fields.addAll(d.metadata().keySet());
        return fields;
    }

    @Override
    public synchronized IndexStats stats() {
        return new IndexStats(documents.size(), chunks.values().stream().mapToLong(List::size).sum(), 0);
    }

    @Override
    public void close() {
    }

    private List<IndexedChunk> matching(Filter filter) {
        return chunks.values().stream().flatMap(List::stream)
                .filter(c -> filter.conditions().stream().allMatch(f -> matches(f, c.chunk().metadata().get(f.field()))))
                .toList();
    }

    private static boolean matches(Filter.Condition f, String value) {
        if (value == null) return f.op() == Filter.Op.NE;
        return switch (f.op()) {
            case EQ -> value.equals(f.values().get(0));
            case NE -> !value.equals(f.values().get(0));
            case IN -> f.values().contains(value);
            case GT -> compare(value, f) > 0;
            case GTE -> compare(value, f) >= 0;
            case LT -> compare(value, f) < 0;
            case LTE -> compare(value, f) <= 0;
        };
    }

    private static int compare(String value, Filter.Condition f) {
        return Double.compare(Double.parseDouble(value), Double.parseDouble(f.values().get(0)));
    }

    private static double bm25(Set<String> terms, IndexedChunk c, List<IndexedChunk> all, double avgLength) {
        List<String> words = words(c.chunk().text());
        double score = 0;
        for (String t : terms) {
            long tf = words.stream().filter(t::equals).count();
            if (tf == 0) continue;
            long df = all.stream().filter(o -> words(o.chunk().text()).contains(t)).count();
            double idf = Math.log(1 + (all.size() - df + 0.5) / (df + 0.5));
            score += idf * tf * (K1 + 1) / (tf + K1 * (1 - B + B * words.size() / avgLength));
        }
        return score;
    }

    private static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) if (!w.isEmpty()) out.add(w);
        return out;
    }

    private static double cosine(float[] a, float[] b) {
        double dot = 0, na = 0, nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
    }

    private static List<ScoredChunk> best(List<ScoredChunk> hits, int k) {
        return hits.stream().sorted(Comparator.comparingDouble(ScoredChunk::score).reversed()
                .thenComparing(h -> h.chunk().id())).limit(k).toList();
    }
}
