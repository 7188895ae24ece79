package dev.gantry.bench.rag;

import dev.gantry.index.lucene.VectorFormat;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Options of {@link SearchBench} ({@code --name=value}).
 *
 * @param queries       measured queries per thread and cell
 * @param recallQueries queries whose kNN hits are compared with exact brute-force neighbours
 * @param reuse         search an index built by an earlier run with the same settings instead of rebuilding it
 */
record BenchSettings(List<Integer> chunks, List<VectorFormat> formats, int threads, int queries, int warmup,
                     int recallQueries, int dimensions, int clusters, int wordsPerChunk, int chunksPerDocument,
                     int commitEvery, long seed, Path out, boolean reuse) {

    private static Map<String, String> defaults() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("chunks", "50000");
        m.put("formats", "FLOAT32,INT8");
        m.put("threads", "4");
        m.put("queries", "2000");
        m.put("warmup", "2000");
        m.put("recall-queries", "200");
        m.put("dimensions", "384");
        m.put("clusters", "1000");
        m.put("words", "190");
        m.put("chunks-per-doc", "10");
        m.put("commit-every", "10000");
        m.put("seed", "42");
        m.put("out", "target/rag-bench");
        m.put("reuse", "false");
        return m;
    }

    static BenchSettings parse(String[] args) {
        Map<String, String> m = defaults();
        for (String a : args) {
            int eq = a.indexOf('=');
            String key = a.startsWith("--") && eq > 2 ? a.substring(2, eq) : "";
            if (!m.containsKey(key)) {
                throw new IllegalArgumentException("unknown option '" + a + "'; expected --name=value with name one of "
                        + m.keySet());
            }
            m.put(key, a.substring(eq + 1));
        }
        return new BenchSettings(ints(m.get("chunks")),
                Arrays.stream(m.get("formats").split(",")).map(String::trim).map(VectorFormat::valueOf).toList(),
                integer(m, "threads"), integer(m, "queries"), integer(m, "warmup"), integer(m, "recall-queries"),
                integer(m, "dimensions"), integer(m, "clusters"), integer(m, "words"), integer(m, "chunks-per-doc"),
                integer(m, "commit-every"), Long.parseLong(m.get("seed")), Path.of(m.get("out")),
                Boolean.parseBoolean(m.get("reuse")));
    }

    /** Everything that shapes the corpus and the index: an index built with the same key can be reused. */
    String indexKey(int n, VectorFormat format) {
        return format.name().toLowerCase() + "-" + n + "-d" + dimensions + "-c" + clusters + "-w" + wordsPerChunk
                + "-s" + seed;
    }

    private static int integer(Map<String, String> m, String key) {
        return Integer.parseInt(m.get(key).trim());
    }

    private static List<Integer> ints(String csv) {
        return Arrays.stream(csv.split(",")).map(String::trim).map(Integer::valueOf).toList();
    }
}
