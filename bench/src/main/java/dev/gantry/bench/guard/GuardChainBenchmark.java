package dev.gantry.bench.guard;

import dev.gantry.guard.chain.GuardAction;
import dev.gantry.guard.chain.GuardChain;
import dev.gantry.guard.chain.GuardPolicy;
import dev.gantry.guard.chain.GuardRule;
import dev.gantry.guard.chain.InputResult;
import dev.gantry.guard.chain.PseudonymVault;
import dev.gantry.guard.harmful.HarmfulContentDetector;
import dev.gantry.guard.injection.InjectionDetector;
import dev.gantry.guard.pii.PiiDetector;
import dev.gantry.guard.pii.PiiTypes;
import dev.gantry.testkit.SamplePrompts;
import java.util.List;
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
 * The full input chain on a ~512-token prompt (about 2,300 characters of ordinary support-desk text with an
 * e-mail address and a phone number in it): normalisation, PII (pseudonymize), injection and harmful-content
 * detection (block). Sample mode gives the latency distribution (p50, p99); run with {@code -prof gc} for
 * allocations per call.
 *
 * <pre>
 * cd bench && java -cp "target/classes:$(cat target/classpath.txt)" org.openjdk.jmh.Main GuardChainBenchmark \
 *   -prof gc -rf text
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 4)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector"})
public class GuardChainBenchmark {
    @Param({"all", "pii", "injection", "harmful", "all-entities", "pii-entities", "pii-addresses"})
    public String rules;
    /** The prompt's language: en (the default), or es, ru and zh (2,300, 2,300 and 1,200 characters), read through the English gloss. */
    @Param({"en"})
    public String language;

    private GuardChain chain;
    private String prompt;

    @Setup
    public void setUp() {
        prompt = SamplePrompts.supportEmail(language, language.equals("zh") ? 1_200 : 2_300);
        GuardRule pii = GuardRule.of(new PiiDetector(), GuardAction.PSEUDONYMIZE);
        GuardRule injection = GuardRule.of(new InjectionDetector(), GuardAction.BLOCK);
        GuardRule harmful = GuardRule.of(new HarmfulContentDetector(), GuardAction.BLOCK);
        GuardRule piiEntities = GuardRule.of(new PiiDetector(PiiTypes.ALL), GuardAction.PSEUDONYMIZE);
        GuardRule addresses = GuardRule.of(new PiiDetector(PiiTypes.ADDRESSES), GuardAction.PSEUDONYMIZE);
        List<GuardRule> input = switch (rules) {
            case "pii" -> List.of(pii);
            case "pii-entities" -> List.of(piiEntities);
            case "pii-addresses" -> List.of(addresses);
            case "all-entities" -> List.of(injection, harmful, piiEntities);
            case "injection" -> List.of(injection);
            case "harmful" -> List.of(harmful);
            default -> List.of(injection, harmful, pii);
        };
        chain = new GuardChain(GuardPolicy.of(input, List.of()), (direction, decision) -> { });
        if (chain.checkInput(prompt, new PseudonymVault()).blocked()) {
            throw new IllegalStateException("the benchmark prompt must pass the guards");
        }
    }

    @Benchmark
    public InputResult inputChain() {
        return chain.checkInput(prompt, new PseudonymVault());
    }
}
