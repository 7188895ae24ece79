package dev.gantry.bench.rag;

import dev.gantry.core.rag.Chunk;
import dev.gantry.core.rag.DocumentInfo;
import dev.gantry.core.rag.IndexedChunk;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A deterministic corpus of any size, regenerated from the seed rather than held in memory. Text: words drawn
 * from a Zipf(s = 1) vocabulary of pronounceable made-up words (so English stop words and stemming barely touch
 * them, and frequent words are as common as in real text). Vectors: unit vectors around one of a fixed set of
 * random centroids (cosine to the centroid about 0.7, like topical clusters of real embeddings). Metadata per
 * document: {@code lang} (en 40 %, de/fr/es 20 % each) and {@code year} (2000-2025, uniform).
 *
 * <p>Chunk {@code i} belongs to document {@code i / chunksPerDocument}; a query is built from a random chunk: a few
 * of its words, and its vector moved by noise (a question about it, embedded).
 */
final class SyntheticCorpus {
    static final int VOCABULARY = 50_000;
    private static final String[] SYLLABLES = {"ka", "lo", "mi", "ne", "tu", "ra", "vo", "si", "de", "pa", "go", "ben",
            "tor", "lim", "sha", "qui", "zen", "mar", "dul", "fey"};
    private static final String[] LANGS = {"en", "en", "de", "fr", "es"};
    private static final double CHUNK_NOISE = 1.0;
    private static final double QUERY_NOISE = 0.6;

    private final long seed;
    private final int dimensions;
    private final int wordsPerChunk;
    private final int chunksPerDocument;
    private final String[] words = new String[VOCABULARY];
    private final Zipf zipf = new Zipf(VOCABULARY, 1.0);
    private final float[][] centroids;

    /** A query: words for BM25 and a vector for kNN, both about the same chunk. */
    record Query(String text, float[] vector) {
    }

    SyntheticCorpus(long seed, int dimensions, int clusters, int wordsPerChunk, int chunksPerDocument) {
        this.seed = seed;
        this.dimensions = dimensions;
        this.wordsPerChunk = wordsPerChunk;
        this.chunksPerDocument = chunksPerDocument;
        for (int i = 0; i < VOCABULARY; i++) words[i] = word(i);
        SplittableRandom random = new SplittableRandom(seed);
        centroids = new float[clusters][];
        for (int c = 0; c < clusters; c++) centroids[c] = gaussianUnit(random, null, 0);
    }

    int chunksPerDocument() {
        return chunksPerDocument;
    }

    /** The document and its chunks; chunks past {@code totalChunks} are left out of the last document. */
    Document document(int docIndex, int totalChunks) {
        SplittableRandom random = random(-1 - docIndex);
        String id = String.format("doc-%08d", docIndex);
        Map<String, String> metadata = Map.of("lang", LANGS[random.nextInt(LANGS.length)],
                "year", Integer.toString(2000 + random.nextInt(26)));
        String title = text(random, 4);
        int first = docIndex * chunksPerDocument;
        int count = Math.min(chunksPerDocument, totalChunks - first);
        List<IndexedChunk> chunks = new ArrayList<>(count);
        long length = 0;
        for (int i = 0; i < count; i++) {
            String text = chunkText(first + i);
            Chunk c = new Chunk(Chunk.idOf(id, i), id, i, text, (int) length, (int) length + text.length(), List.of(),
                    wordsPerChunk, metadata);
            chunks.add(new IndexedChunk(c, vector(first + i), Integer.toHexString(text.hashCode())));
            length += text.length() + 1;
        }
        DocumentInfo info = new DocumentInfo(id, title, "synthetic", Integer.toHexString(id.hashCode()), metadata,
                count, length, Instant.EPOCH);
        return new Document(info, chunks);
    }

    record Document(DocumentInfo info, List<IndexedChunk> chunks) {
    }

    /** Chunk ids as the index reports them, for comparing with exact neighbours. */
    String chunkId(int chunkIndex) {
        return Chunk.idOf(String.format("doc-%08d", chunkIndex / chunksPerDocument), chunkIndex % chunksPerDocument);
    }

    float[] vector(int chunkIndex) {
        SplittableRandom random = random(chunkIndex);
        float[] centroid = centroids[random.nextInt(centroids.length)];
        return gaussianUnit(random, centroid, CHUNK_NOISE);
    }

    Query query(int queryIndex, int totalChunks) {
        SplittableRandom random = random(Long.MIN_VALUE / 2 + queryIndex);
        int source = random.nextInt(totalChunks);
        String[] sourceWords = chunkText(source).split(" ");
        StringBuilder text = new StringBuilder();
        int n = 3 + random.nextInt(3);
        for (int i = 0; i < n; i++) text.append(i == 0 ? "" : " ").append(sourceWords[random.nextInt(sourceWords.length)]);
        return new Query(text.toString(), gaussianUnit(random, vector(source), QUERY_NOISE));
    }

    private String chunkText(int chunkIndex) {
        SplittableRandom random = random(chunkIndex + 0x5DEECE66DL);
        int n = wordsPerChunk * 3 / 4 + random.nextInt(wordsPerChunk / 2 + 1);
        return text(random, n);
    }

    private String text(SplittableRandom random, int n) {
        StringBuilder sb = new StringBuilder(n * 8);
        for (int i = 0; i < n; i++) sb.append(i == 0 ? "" : " ").append(words[zipf.next(random)]);
        return sb.toString();
    }

    /** {@code normalise(base + noise * g / sqrt(d))}, g standard normal per dimension; base null means 0. */
    private float[] gaussianUnit(SplittableRandom random, float[] base, double noise) {
        float[] v = new float[dimensions];
        double scale = base == null ? 1 : noise / Math.sqrt(dimensions);
        double sum = 0;
        for (int i = 0; i < dimensions; i++) {
            v[i] = (float) ((base == null ? 0 : base[i]) + scale * random.nextGaussian());
            sum += (double) v[i] * v[i];
        }
        float inv = (float) (1 / Math.sqrt(sum));
        for (int i = 0; i < dimensions; i++) v[i] *= inv;
        return v;
    }

    private SplittableRandom random(long stream) {
        return new SplittableRandom(seed * 0x9E3779B97F4A7C15L + stream);
    }

    /** Rank 0 is "ka", then two-syllable words and so on: short words are the frequent ones, as in real text. */
    private static String word(int rank) {
        StringBuilder sb = new StringBuilder();
        int r = rank;
        do {
            sb.append(SYLLABLES[r % SYLLABLES.length]);
            r = r / SYLLABLES.length - 1;
        } while (r >= 0);
        return sb.toString();
    }
}
