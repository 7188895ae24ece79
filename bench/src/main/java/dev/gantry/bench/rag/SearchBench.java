package dev.gantry.bench.rag;

import dev.gantry.core.rag.Filter;
import dev.gantry.core.rag.ScoredChunk;
import dev.gantry.index.lucene.LuceneIndexOptions;
import dev.gantry.index.lucene.LuceneVectorIndex;
import dev.gantry.index.lucene.LuceneVectorIndexStore;
import dev.gantry.index.lucene.VectorFormat;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Search latency of the Lucene index on a synthetic corpus: BM25, dense kNN and hybrid (BM25 + kNN fused by
 * reciprocal rank), single-threaded and with {@code --threads} concurrent searchers, for each vector format.
 *
 * <p>For each size in {@code --chunks} and each format in {@code --formats}: builds the index of that many chunks
 * under {@code --out} (documents of {@code --chunks-per-doc} chunks, a commit every {@code --commit-every} chunks,
 * then waits for merges), reports build speed, size on disk, segments and heap after a full GC, measures kNN
 * recall@10 against exact brute-force neighbours on {@code --recall-queries} queries, then times {@code --queries}
 * queries per thread for every {@link Workload} after {@code --warmup} unmeasured ones. The corpus and queries come
 * from {@link SyntheticCorpus} and depend only on the seed. Results: a line per cell while running, then Markdown
 * tables on stdout and in {@code <out>/results-<time>.md}.
 *
 * <p>Run from {@code bench/} after installing the modules it uses and {@code ./mvnw -q -o -pl bench package}:
 * <pre>
 * /usr/lib/jvm/temurin-25-jdk-amd64/bin/java -Xmx2g --add-modules jdk.incubator.vector \
 *   -cp "target/classes:$(cat target/classpath.txt)" dev.gantry.bench.rag.SearchBench --chunks=50000
 * </pre>
 * Options and defaults: {@code --chunks=50000 --formats=FLOAT32,INT8 --threads=4 --queries=2000 --warmup=2000
 * --recall-queries=200 --dimensions=384 --clusters=1000 --words=190 --chunks-per-doc=10 --commit-every=10000
 * --seed=42 --out=target/rag-bench --reuse=false}. {@code --reuse=true} searches an index an earlier run built
 * with the same corpus settings.
 */
public final class SearchBench {
    private static final String COLLECTION = "bench";

    private final BenchSettings settings;
    private final BenchReport report = new BenchReport();

    private SearchBench(BenchSettings settings) {
        this.settings = settings;
    }

    public static void main(String[] args) throws Exception {
        BenchSettings settings = BenchSettings.parse(args);
        System.out.printf("SearchBench %s: %d cores, JDK %s, max heap %d MB, %s%n", Instant.now(),
                Runtime.getRuntime().availableProcessors(), Runtime.version(),
                Runtime.getRuntime().maxMemory() >> 20, settings);
        SearchBench bench = new SearchBench(settings);
        for (int n : settings.chunks()) bench.measure(n);
        String tables = bench.report.markdown();
        System.out.println();
        System.out.println(tables);
        Files.createDirectories(settings.out());
        Files.writeString(settings.out().resolve("results-" + Instant.now().toString().replace(':', '-') + ".md"),
                tables);
    }

    private void measure(int n) throws Exception {
        SyntheticCorpus corpus = new SyntheticCorpus(settings.seed(), settings.dimensions(), settings.clusters(),
                settings.wordsPerChunk(), settings.chunksPerDocument());
        int total = settings.warmup() + settings.threads() * settings.queries();
        List<SyntheticCorpus.Query> queries = new ArrayList<>(total);
        for (int i = 0; i < total; i++) queries.add(corpus.query(i, n));
        List<float[]> recallVectors = queries.subList(0, settings.recallQueries()).stream()
                .map(SyntheticCorpus.Query::vector).toList();
        long t0 = System.nanoTime();
        List<Set<String>> exact = ExactNeighbours.of(corpus, n, recallVectors, Workload.K);
        System.out.printf("exact neighbours of %d queries over %,d chunks: %.1f s%n", recallVectors.size(), n,
                (System.nanoTime() - t0) / 1e9);
        for (VectorFormat format : settings.formats()) measure(n, format, corpus, queries, exact);
    }

    private void measure(int n, VectorFormat format, SyntheticCorpus corpus, List<SyntheticCorpus.Query> queries,
                         List<Set<String>> exact) throws Exception {
        Path root = settings.out().resolve(settings.indexKey(n, format));
        boolean reuse = settings.reuse() && Files.isDirectory(root);
        if (!reuse) deleteTree(root);
        try (LuceneVectorIndexStore store = new LuceneVectorIndexStore(root,
                LuceneIndexOptions.DEFAULTS.withVectorFormat(format))) {
            LuceneVectorIndex index = (LuceneVectorIndex) store.open(COLLECTION, settings.dimensions());
            IndexBuild build = reuse ? IndexBuild.reused(n) : IndexBuild.build(index, corpus, n, settings.commitEvery());
            System.out.printf("%s %,d chunks: %s%n", format, n, build);
            double recall = recall(index, queries, exact);
            warmUp(index, queries);
            report.add(new BenchReport.Build(n, format, build, index.stats().bytesOnDisk(), index.segmentCount(),
                    heapAfterGc(), recall));
            for (Workload w : Workload.values()) {
                for (int threads : List.of(1, settings.threads())) time(n, format, index, queries, w, threads);
            }
        }
    }

    private double recall(LuceneVectorIndex index, List<SyntheticCorpus.Query> queries, List<Set<String>> exact) {
        double sum = 0;
        for (int q = 0; q < exact.size(); q++) {
            Set<String> expected = exact.get(q);
            List<ScoredChunk> hits = index.searchVector(queries.get(q).vector(), Filter.NONE, Workload.K);
            sum += hits.stream().filter(h -> expected.contains(h.chunk().id())).count() / (double) Workload.K;
        }
        return sum / exact.size();
    }

    private void warmUp(LuceneVectorIndex index, List<SyntheticCorpus.Query> queries) {
        for (Workload w : Workload.values()) {
            for (int i = 0; i < settings.warmup(); i++) w.run(index, queries.get(i));
        }
    }

    private void time(int n, VectorFormat format, LuceneVectorIndex index, List<SyntheticCorpus.Query> queries,
                      Workload w, int threads) throws Exception {
        int base = settings.warmup();
        Latencies l = QueryLoad.run(i -> w.run(index, queries.get(base + i)), threads, settings.queries());
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        report.add(new BenchReport.Cell(n, format, w, threads, l, load));
    }

    private static long heapAfterGc() {
        for (int i = 0; i < 3; i++) System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static void deleteTree(Path dir) throws java.io.IOException {
        if (!Files.exists(dir)) return;
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }
}
