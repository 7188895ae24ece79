package dev.gantry.bench.rag;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;

/** Runs a query function over query numbers, closed loop, on one or more threads, timing every call. */
final class QueryLoad {
    private QueryLoad() {
    }

    /**
     * @param search    runs query number {@code i} (the caller maps it onto its query list)
     * @param perThread queries each thread runs; thread {@code t} starts at query {@code t * perThread}
     */
    static Latencies run(IntConsumer search, int threads, int perThread) throws Exception {
        long[] nanos = new long[threads * perThread];
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Long>> tasks = new ArrayList<>();
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            for (int t = 0; t < threads; t++) {
                int offset = t * perThread;
                tasks.add(pool.submit(() -> {
                    start.await();
                    long cpu0 = cpu.getCurrentThreadCpuTime();
                    for (int i = 0; i < perThread; i++) {
                        long t0 = System.nanoTime();
                        search.accept(offset + i);
                        nanos[offset + i] = System.nanoTime() - t0;
                    }
                    return cpu.getCurrentThreadCpuTime() - cpu0;
                }));
            }
            long wall0 = System.nanoTime();
            start.countDown();
            long cpuNanos = 0;
            for (Future<Long> f : tasks) cpuNanos += f.get();
            return new Latencies(nanos, System.nanoTime() - wall0, cpuNanos);
        }
    }
}
