package dev.gantry.testkit.rag;

import dev.gantry.core.rag.Chunk;
import dev.gantry.core.rag.DocumentInfo;
import dev.gantry.core.rag.IndexedChunk;
import dev.gantry.core.rag.VectorIndex;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds documents and their chunks for {@link VectorIndexContract} and adapter-specific tests:
 * {@code IndexFixtures.document("a").title("T").meta("lang", "en").chunk("text", 1, 0, 0, 0).replaceIn(index)}.
 * Chunks are laid end to end one character apart; their text hash is the SHA-256 of their text; every chunk
 * carries the document's metadata, as the chunker copies it.
 */
public final class IndexFixtures {
    /** Time of every fixture document: microsecond precision, as {@link Instant#now()} gives on Linux. */
    public static final Instant INGESTED_AT = Instant.parse("2026-11-22T07:00:00.123456Z");

    private IndexFixtures() {
    }

    public static DocumentBuilder document(String id) {
        return new DocumentBuilder(id);
    }

    public static float[] vector(float... values) {
        return values;
    }

    public static String textHash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** A unit-length copy. */
    public static float[] normalised(float[] v) {
        double sum = 0;
        for (float x : v) sum += (double) x * x;
        float[] out = new float[v.length];
        for (int i = 0; i < v.length; i++) out[i] = (float) (v[i] / Math.sqrt(sum));
        return out;
    }

    /** Cosine similarity mapped to [0,1], the score {@link VectorIndex#searchVector} promises. */
    public static double cosineScore(float[] a, float[] b) {
        float[] ua = normalised(a);
        float[] ub = normalised(b);
        double dot = 0;
        for (int i = 0; i < ua.length; i++) dot += (double) ua[i] * ub[i];
        return (1 + dot) / 2;
    }

    public static final class DocumentBuilder {
        private final String id;
        private String title;
        private String source;
        private final Map<String, String> metadata = new LinkedHashMap<>();
        private final List<String> texts = new ArrayList<>();
        private final List<List<String>> headings = new ArrayList<>();
        private final List<float[]> vectors = new ArrayList<>();

        private DocumentBuilder(String id) {
            this.id = id;
            this.source = "test:" + id;
        }

        public DocumentBuilder title(String value) {
            this.title = value;
            return this;
        }

        public DocumentBuilder source(String value) {
            this.source = value;
            return this;
        }

        public DocumentBuilder meta(String key, String value) {
            metadata.put(key, value);
            return this;
        }

        public DocumentBuilder chunk(String text, float... vector) {
            return chunkUnder(List.of(), text, vector);
        }

        public DocumentBuilder chunkUnder(List<String> headingPath, String text, float... vector) {
            texts.add(text);
            headings.add(List.copyOf(headingPath));
            vectors.add(vector);
            return this;
        }

        public DocumentInfo info() {
            return new DocumentInfo(id, title, source, textHash(String.join("\n", texts) + metadata), metadata,
                    texts.size(), textLength(), INGESTED_AT);
        }

        public List<IndexedChunk> chunks() {
            List<IndexedChunk> out = new ArrayList<>(texts.size());
            int offset = 0;
            for (int i = 0; i < texts.size(); i++) {
                String text = texts.get(i);
                Chunk c = new Chunk(Chunk.idOf(id, i), id, i, text, offset, offset + text.length(), headings.get(i),
                        text.split("\\s+").length, metadata);
                out.add(new IndexedChunk(c, vectors.get(i), textHash(text)));
                offset += text.length() + 1;
            }
            return out;
        }

        /** Replaces the document in {@code index} (without committing) and returns its info. */
        public DocumentInfo replaceIn(VectorIndex index) {
            DocumentInfo info = info();
            index.replaceDocument(info, chunks());
            return info;
        }

        private long textLength() {
            long length = 0;
            for (String t : texts) length += t.length() + 1;
            return Math.max(0, length - 1);
        }
    }
}
