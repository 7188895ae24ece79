package dev.gantry.server.cache;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.embed.onnx.LocalEmbeddingModels;
import dev.gantry.embed.onnx.OnnxEmbeddingModel;
import dev.gantry.local.InMemorySemanticCache;
import dev.gantry.testkit.cache.ResponseCacheContract;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * What a semantic lookup costs on this machine: embedding one latest user turn (default model, one text per run, as
 * on the request path) and scanning one scope of the in-process cache. Percentiles from System.nanoTime around each
 * call after a warm-up; written to target/semantic-lookup-timing.md. Not a JMH benchmark: a first look.
 */
class SemanticLookupTimingIT {
    @Test
    void should_measure_embedding_and_scan_latency() throws IOException {
        StringBuilder report = new StringBuilder("| step | p50 | p99 | max |\n|---|---|---|---|\n");
        try (OnnxEmbeddingModel onnx = new OnnxEmbeddingModel()) {
            for (String model : List.of(LocalEmbeddingModels.DEFAULT_ID, "all-minilm-l6-v2-q")) {
                LocalQueryEmbedder e = new LocalQueryEmbedder(onnx, model);
                for (int i = 0; i < 50; i++) e.embed("warm-up question number " + i);
                long[] took = new long[400];
                for (int i = 0; i < took.length; i++) {
                    String text = "How do I change setting " + i + " of my account on the mobile app?";
                    long t0 = System.nanoTime();
                    e.embed(text);
                    took[i] = System.nanoTime() - t0;
                }
                report.append(row("embed one turn, " + model, took));
            }
        }
        for (int size : new int[] {100, 1_000, 2_048}) report.append(row("scan a scope of " + size, scan(size)));
        Files.writeString(Path.of("target", "semantic-lookup-timing.md"), report);
        System.out.println(report);
        assertThat(report).contains("embed one turn");
    }

    private static long[] scan(int size) {
        Random rnd = new Random(7);
        InMemorySemanticCache cache = new InMemorySemanticCache(1L << 30, size);
        for (int i = 0; i < size; i++) {
            cache.put("scope", unit(rnd), "q" + i, ResponseCacheContract.answer("a" + i), Duration.ofHours(1));
        }
        for (int i = 0; i < 2_000; i++) cache.find("scope", unit(rnd), 0.99);
        long[] took = new long[5_000];
        for (int i = 0; i < took.length; i++) {
            float[] q = unit(rnd);
            long t0 = System.nanoTime();
            cache.find("scope", q, 0.99);
            took[i] = System.nanoTime() - t0;
        }
        return took;
    }

    private static float[] unit(Random rnd) {
        float[] v = new float[384];
        double norm = 0;
        for (int i = 0; i < v.length; i++) {
            v[i] = (float) rnd.nextGaussian();
            norm += v[i] * v[i];
        }
        for (int i = 0; i < v.length; i++) v[i] /= (float) Math.sqrt(norm);
        return v;
    }

    private static String row(String step, long[] nanos) {
        long[] s = nanos.clone();
        Arrays.sort(s);
        return String.format(Locale.ROOT, "| %s | %s | %s | %s |%n", step, ms(s[s.length / 2]),
                ms(s[(int) Math.ceil(s.length * 0.99) - 1]), ms(s[s.length - 1]));
    }

    private static String ms(long nanos) {
        return String.format(Locale.ROOT, "%.3f ms", nanos / 1e6);
    }
}
