package dev.gantry.bench.guard;

import dev.gantry.embed.onnx.OnnxEmbeddingModel;
import dev.gantry.guard.Finding;
import dev.gantry.guard.harmful.HarmfulContentDetector;
import dev.gantry.testkit.SamplePrompts;
import java.util.List;
import java.util.Optional;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The harmful detector alone, plain or with its embedding layer (guards.harmful-embedding), on three texts: the chain
 * benchmark's ordinary 512-token prompt (out of the uncertain band: the layer must cost nothing), a short ordinary
 * request the n-gram layers are unsure of (one embedding of ~25 words), and that request at the end of the 512-token
 * prompt (the layer embeds the segment the n-gram classifier rates highest).
 *
 * <pre>
 * cd bench && java -cp "target/classes:$(cat target/classpath.txt)" org.openjdk.jmh.Main HarmfulEmbeddingBenchmark -prof gc
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 4)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector"})
public class HarmfulEmbeddingBenchmark {
    static final String IN_BAND = "someone keeps sending me threatening messages saying they will hurt me, how do I report it to the police";

    @Param({"plain", "embedding"})
    public String layer;
    @Param({"prompt-512", "in-band-short", "in-band-long"})
    public String text;

    private OnnxEmbeddingModel onnx;
    private HarmfulContentDetector detector;
    private String input;

    @Setup
    public void setUp() {
        onnx = new OnnxEmbeddingModel();
        detector = layer.equals("plain") ? new HarmfulContentDetector() : HarmfulContentDetector.withEmbeddings(Optional.empty(), onnx);
        String prompt = SamplePrompts.supportEmail("en", 2_300);
        input = switch (text) {
            case "in-band-short" -> IN_BAND;
            case "in-band-long" -> prompt + "\n\n" + IN_BAND;
            default -> prompt;
        };
        detector.scan(input); // loads the models
    }

    @TearDown
    public void tearDown() {
        onnx.close();
    }

    /** A fresh copy per call, as each request brings one: the guard keeps its last text's gloss and features by identity. */
    @Benchmark
    public List<Finding> scan() {
        return detector.scan(new String(input));
    }
}
