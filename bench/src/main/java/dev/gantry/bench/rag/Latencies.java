package dev.gantry.bench.rag;

import java.util.Arrays;

/**
 * Latencies of one measured run: percentiles in milliseconds, throughput, and the CPU time the searching threads
 * used per query (the figure least disturbed by other work on a shared machine; background merges and GC
 * threads are not in it).
 */
record Latencies(long[] nanos, long wallNanos, long cpuNanos) {
    double percentileMs(double p) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int i = (int) Math.ceil(p / 100 * sorted.length) - 1;
        return sorted[Math.clamp(i, 0, sorted.length - 1)] / 1e6;
    }

    double cpuMsPerQuery() {
        return cpuNanos / 1e6 / nanos.length;
    }

    double queriesPerSecond() {
        return nanos.length / (wallNanos / 1e9);
    }
}
