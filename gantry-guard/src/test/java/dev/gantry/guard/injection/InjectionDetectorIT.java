package dev.gantry.guard.injection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.gantry.guard.classify.BinaryEvaluation;
import dev.gantry.guard.classify.DevData;
import dev.gantry.guard.classify.DevSplit;
import dev.gantry.guard.classify.Exemplar;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Figures on the development data (never shipped); bounds are what the detector reaches today, with a small margin. */
class InjectionDetectorIT {
    private final InjectionDetector detector = new InjectionDetector();

    @Test
    void meetsItsFiguresOnTheDevelopmentData() throws Exception {
        assumeTrue(DevData.directory().isPresent(), "shared/data/guard not found");
        long start = System.nanoTime();
        detector.score("warm up");
        System.out.printf("injection: lazy training took %.0f ms%n", (System.nanoTime() - start) / 1e6);
        List<Exemplar> injection = DevData.load("prompt-injection-dev.jsonl");
        List<Exemplar> benign = DevData.load("benign-dev.jsonl");
        BinaryEvaluation dev = BinaryEvaluation.of(injection, t -> !detector.scan(t).isEmpty());
        BinaryEvaluation onBenign = BinaryEvaluation.of(benign, t -> !detector.scan(t).isEmpty());
        System.out.println("injection on prompt-injection-dev: " + dev.summary());
        System.out.println("injection on benign-dev: " + onBenign.summary());
        System.out.println("injection split: " + DevSplit.report(injection, detector::score, 0.02));

        assertThat(dev.recall()).isGreaterThan(0.90);
        assertThat(dev.falsePositiveRate()).isLessThan(0.01);
        assertThat(onBenign.falsePositiveRate()).isLessThan(0.004);
    }
}
