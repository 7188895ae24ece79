package dev.gantry.bench.cache;

import dev.gantry.core.cache.CachedAnswer;
import dev.gantry.core.cache.SemanticMatch;
import dev.gantry.core.chat.ChatMessage;
import dev.gantry.core.chat.ChatResponse;
import dev.gantry.core.chat.Choice;
import dev.gantry.core.chat.FinishReason;
import dev.gantry.core.chat.Usage;
import dev.gantry.local.InMemorySemanticCache;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The semantic cache's lookup once the latest turn is embedded: the best match among {@code entries} 384-d unit
 * vectors of one scope (the embedding itself is measured in SemanticLookupTimingIT and by the load harness's
 * semantic path). {@code hit}: the query is a slightly moved copy of a stored vector; {@code miss}: a random one.
 *
 * <pre>
 * cd bench && java -cp "target/classes:$(cat target/classpath.txt)" org.openjdk.jmh.Main SemanticCacheBenchmark -prof gc
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class SemanticCacheBenchmark {
    private static final int DIMS = 384;
    private static final String SCOPE = "scope-a";
    @Param({"100", "1000", "2048"})
    int entries;
    private InMemorySemanticCache cache;
    private float[] near;
    private float[] far;

    @Setup
    public void setUp() {
        SplittableRandom random = new SplittableRandom(7);
        cache = new InMemorySemanticCache(512L << 20, InMemorySemanticCache.DEFAULT_MAX_PER_SCOPE);
        ChatResponse response = new ChatResponse("r", "m", 1, List.of(new Choice(0, ChatMessage.assistant("answer"),
                FinishReason.STOP, null)), Usage.of(50, 20), null, null);
        CachedAnswer answer = new CachedAnswer(response, BigDecimal.ONE, "p", "m", Instant.now());
        float[] last = null;
        for (int i = 0; i < entries; i++) {
            last = unit(random, null, 0);
            cache.put(SCOPE, last, "turn " + i, answer, Duration.ofHours(1));
        }
        near = unit(random, last, 0.05);
        far = unit(random, null, 0);
    }

    /** A random unit vector, or {@code base} moved by {@code noise} and normalised. */
    private static float[] unit(SplittableRandom random, float[] base, double noise) {
        float[] v = new float[DIMS];
        double norm = 0;
        for (int i = 0; i < DIMS; i++) {
            v[i] = (float) (base == null ? random.nextGaussian() : base[i] + noise * random.nextGaussian() / Math.sqrt(DIMS));
            norm += v[i] * v[i];
        }
        for (int i = 0; i < DIMS; i++) v[i] /= (float) Math.sqrt(norm);
        return v;
    }

    @Benchmark
    public Optional<SemanticMatch> hit() {
        return cache.find(SCOPE, near, 0.96);
    }

    @Benchmark
    public Optional<SemanticMatch> miss() {
        return cache.find(SCOPE, far, 0.96);
    }
}
