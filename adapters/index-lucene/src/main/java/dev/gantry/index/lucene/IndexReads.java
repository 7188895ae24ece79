package dev.gantry.index.lucene;

import dev.gantry.core.rag.DocumentInfo;
import dev.gantry.core.rag.IndexStats;
import dev.gantry.core.rag.ScoredChunk;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TermRangeQuery;
import org.apache.lucene.store.Directory;

/** The read side of {@link LuceneVectorIndex}: every method works on one point-in-time searcher. */
final class IndexReads {
    private static final Query DOCUMENTS = new TermQuery(new Term(IndexFields.KIND, IndexFields.KIND_DOC));
    private static final Sort BY_ID = new Sort(new SortField(IndexFields.DOC_SORT, SortField.Type.STRING));
    private static final Comparator<ScoredChunk> BEST_FIRST =
            Comparator.comparingDouble(ScoredChunk::score).reversed().thenComparing(h -> h.chunk().id());

    private final Directory directory;
    private final int candidateFactor;
    /** metadataFields() of the last reader asked: field infos merge over all segments, so compute once per reader. */
    private volatile FieldsOfReader metadataFields;

    private record FieldsOfReader(IndexReader reader, Set<String> fields) {
    }

    IndexReads(Directory directory, int candidateFactor) {
        this.directory = directory;
        this.candidateFactor = candidateFactor;
    }

    boolean exists(IndexSearcher s, String documentId) throws IOException {
        return s.count(new TermQuery(idTerm(documentId))) > 0;
    }

    Optional<DocumentInfo> document(IndexSearcher s, String documentId) throws IOException {
        ScoreDoc[] hits = s.search(both(DOCUMENTS, new TermQuery(idTerm(documentId))), 1).scoreDocs;
        if (hits.length == 0) return Optional.empty();
        return Optional.of(DocumentRecords.documentInfo(s.storedFields().document(hits[0].doc,
                DocumentRecords.DOCUMENT_FIELDS)));
    }

    List<DocumentInfo> documents(IndexSearcher s, String afterId, int limit) throws IOException {
        if (limit <= 0) return List.of();
        Query q = afterId == null ? DOCUMENTS
                : both(DOCUMENTS, TermRangeQuery.newStringRange(IndexFields.DOC_ID, afterId, null, false, false));
        ScoreDoc[] hits = s.search(q, cap(limit, s), BY_ID).scoreDocs;
        List<DocumentInfo> out = new ArrayList<>(hits.length);
        for (ScoreDoc hit : hits) {
            out.add(DocumentRecords.documentInfo(s.storedFields().document(hit.doc, DocumentRecords.DOCUMENT_FIELDS)));
        }
        return out;
    }

    Map<String, float[]> vectorsByTextHash(IndexSearcher s, String documentId) throws IOException {
        Query chunks = both(FilterQueries.CHUNKS, new TermQuery(idTerm(documentId)));
        ScoreDoc[] hits = s.search(chunks, cap(Integer.MAX_VALUE, s)).scoreDocs;
        Map<String, float[]> out = new HashMap<>();
        for (ChunkLoader.Loaded c : ChunkLoader.load(s, docIds(hits)).values()) {
            if (c.textHash() != null && c.vector() != null) out.put(c.textHash(), c.vector());
        }
        return out;
    }

    List<ScoredChunk> searchText(IndexSearcher s, Query text, Query filter, int k) throws IOException {
        Query q = filter == null ? text
                : new BooleanQuery.Builder().add(text, Occur.MUST).add(filter, Occur.FILTER).build();
        ScoreDoc[] hits = s.search(q, cap(k, s)).scoreDocs;
        Map<Integer, ChunkLoader.Loaded> loaded = ChunkLoader.load(s, docIds(hits));
        List<ScoredChunk> out = new ArrayList<>(hits.length);
        for (ScoreDoc hit : hits) {
            ChunkLoader.Loaded c = loaded.get(hit.doc);
            out.add(new ScoredChunk(c.chunk(), hit.score, c.vector()));
        }
        return out;
    }

    /**
     * Graph search for {@code k * candidateFactor} candidates, then exact cosine from the stored float32 vectors:
     * scores are exact whatever the vector format, and quantised formats recover the order the coarse graph
     * search blurred.
     */
    List<ScoredChunk> searchVector(IndexSearcher s, float[] unitQuery, Query filter, int k) throws IOException {
        int candidates = cap((int) Math.min(Integer.MAX_VALUE, (long) k * candidateFactor), s);
        ScoreDoc[] hits = s.search(new KnnFloatVectorQuery(IndexFields.VECTOR, unitQuery, candidates, filter),
                candidates).scoreDocs;
        List<ScoredChunk> out = new ArrayList<>(hits.length);
        for (ChunkLoader.Loaded c : ChunkLoader.load(s, docIds(hits)).values()) {
            out.add(new ScoredChunk(c.chunk(), UnitVectors.score(unitQuery, c.vector()), c.vector()));
        }
        out.sort(BEST_FIRST);
        return out.size() > k ? List.copyOf(out.subList(0, k)) : out;
    }

    /** Metadata keys in the reader's segments (a key whose chunks were all deleted lingers until merged away). */
    Set<String> metadataFields(IndexSearcher s) {
        FieldsOfReader cached = metadataFields;
        IndexReader reader = s.getIndexReader();
        if (cached != null && cached.reader() == reader) return cached.fields();
        Set<String> fields = new TreeSet<>();
        for (FieldInfo fi : FieldInfos.getMergedFieldInfos(reader)) {
            String name = fi.name;
            if (name.startsWith(IndexFields.META_PREFIX)) fields.add(name.substring(IndexFields.META_PREFIX.length()));
        }
        Set<String> result = Set.copyOf(fields);
        metadataFields = new FieldsOfReader(reader, result);
        return result;
    }

    IndexStats stats(IndexSearcher s) throws IOException {
        return new IndexStats(s.count(DOCUMENTS), s.count(FilterQueries.CHUNKS), bytesOnDisk());
    }

    private long bytesOnDisk() throws IOException {
        long bytes = 0;
        for (String file : directory.listAll()) {
            try {
                bytes += directory.fileLength(file);
            } catch (NoSuchFileException | FileNotFoundException e) {
                // merged away between listing and measuring
            }
        }
        return bytes;
    }

    private static Query both(Query a, Query b) {
        return new BooleanQuery.Builder().add(a, Occur.FILTER).add(b, Occur.FILTER).build();
    }

    /** Lucene allocates result queues of the requested size: never ask for more than the index holds. */
    private static int cap(int n, IndexSearcher s) {
        return Math.max(1, Math.min(n, s.getIndexReader().maxDoc()));
    }

    private static int[] docIds(ScoreDoc[] hits) {
        int[] ids = new int[hits.length];
        for (int i = 0; i < hits.length; i++) ids[i] = hits[i].doc;
        return ids;
    }

    private static Term idTerm(String documentId) {
        return new Term(IndexFields.DOC_ID, documentId);
    }
}
