package dev.gantry.bench.rag;

import dev.gantry.index.lucene.VectorFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Collects the figures of a run and prints them as Markdown tables. */
final class BenchReport {
    record Build(int chunks, VectorFormat format, IndexBuild build, long bytesOnDisk, int segments, long heapBytes,
                 double recall) {
    }

    record Cell(int chunks, VectorFormat format, Workload workload, int threads, Latencies latencies, double load) {
    }

    private final List<Build> builds = new ArrayList<>();
    private final List<Cell> cells = new ArrayList<>();

    void add(Build b) {
        builds.add(b);
    }

    void add(Cell c) {
        cells.add(c);
        System.out.println(row(c));
    }

    String markdown() {
        StringBuilder sb = new StringBuilder();
        sb.append("| chunks | format | build s (wall) | chunks/s (wall) | chunks/s (in index) | merge wait s "
                + "| size on disk MB | segments | heap after GC MB | kNN recall@10 |\n");
        sb.append("|---|---|---|---|---|---|---|---|---|---|\n");
        for (Build b : builds) sb.append(row(b)).append('\n');
        sb.append("\n| chunks | format | search | threads | p50 ms | p99 ms | queries/s | CPU ms/query | load avg |\n");
        sb.append("|---|---|---|---|---|---|---|---|---|\n");
        for (Cell c : cells) sb.append(row(c)).append('\n');
        return sb.toString();
    }

    private static String row(Build b) {
        IndexBuild ib = b.build();
        String build = ib.reused() ? "(reused) | - | - | -" : f("%.1f | %.0f | %.0f | %.1f", ib.wallNanos() / 1e9,
                ib.chunksPerSecondWall(), ib.chunksPerSecondInIndex(), ib.mergeNanos() / 1e9);
        return f("| %,d | %s | %s | %.0f | %d | %.0f | %.3f |", b.chunks(), b.format(), build, b.bytesOnDisk() / 1e6,
                b.segments(), b.heapBytes() / 1e6, b.recall());
    }

    private static String row(Cell c) {
        Latencies l = c.latencies();
        return f("| %,d | %s | %s | %d | %.2f | %.2f | %.0f | %.2f | %.1f |", c.chunks(), c.format(), c.workload(),
                c.threads(), l.percentileMs(50), l.percentileMs(99), l.queriesPerSecond(), l.cpuMsPerQuery(), c.load());
    }

    private static String f(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }
}
