package dev.gantry.bench.rag;

import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.apache.lucene.util.VectorUtil;

/** Brute-force top-k by dot product over the whole corpus (vectors regenerated, never all in memory). */
final class ExactNeighbours {
    private record Scored(int chunk, float score) {
    }

    private ExactNeighbours() {
    }

    /** For each query, the chunk ids of its {@code k} exact nearest neighbours. */
    static List<Set<String>> of(SyntheticCorpus corpus, int totalChunks, List<float[]> queries, int k)
            throws Exception {
        int threads = Runtime.getRuntime().availableProcessors();
        List<List<PriorityQueue<Scored>>> partial = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            List<Future<List<PriorityQueue<Scored>>>> parts = new ArrayList<>();
            int step = (totalChunks + threads - 1) / threads;
            for (int from = 0; from < totalChunks; from += step) {
                int start = from;
                int end = Math.min(totalChunks, from + step);
                parts.add(pool.submit(() -> scan(corpus, start, end, queries, k)));
            }
            for (Future<List<PriorityQueue<Scored>>> f : parts) partial.add(f.get());
        }
        List<Set<String>> out = new ArrayList<>(queries.size());
        for (int q = 0; q < queries.size(); q++) {
            PriorityQueue<Scored> merged = new PriorityQueue<>((a, b) -> Float.compare(a.score(), b.score()));
            for (List<PriorityQueue<Scored>> part : partial) for (Scored s : part.get(q)) offer(merged, s, k);
            out.add(merged.stream().map(s -> corpus.chunkId(s.chunk())).collect(Collectors.toSet()));
        }
        return out;
    }

    private static List<PriorityQueue<Scored>> scan(SyntheticCorpus corpus, int from, int to, List<float[]> queries,
                                                    int k) {
        List<PriorityQueue<Scored>> best = new ArrayList<>(queries.size());
        for (int q = 0; q < queries.size(); q++) {
            best.add(new PriorityQueue<>((a, b) -> Float.compare(a.score(), b.score())));
        }
        for (int chunk = from; chunk < to; chunk++) {
            float[] v = corpus.vector(chunk);
            for (int q = 0; q < queries.size(); q++) {
                offer(best.get(q), new Scored(chunk, VectorUtil.dotProduct(queries.get(q), v)), k);
            }
        }
        return best;
    }

    private static void offer(PriorityQueue<Scored> heap, Scored s, int k) {
        if (heap.size() < k) {
            heap.add(s);
        } else if (s.score() > heap.peek().score()) {
            heap.poll();
            heap.add(s);
        }
    }
}
