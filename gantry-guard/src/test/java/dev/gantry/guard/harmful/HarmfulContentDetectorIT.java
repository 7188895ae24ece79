package dev.gantry.guard.harmful;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.gantry.guard.classify.BinaryEvaluation;
import dev.gantry.guard.classify.DevData;
import dev.gantry.guard.classify.DevSplit;
import dev.gantry.guard.classify.Exemplar;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Figures on the development data (never shipped); bounds are what the detector reaches today, with a small margin. */
class HarmfulContentDetectorIT {
    private final HarmfulContentDetector detector = new HarmfulContentDetector();

    @Test
    void meetsItsFiguresOnTheDevelopmentData() throws Exception {
        assumeTrue(DevData.directory().isPresent(), "shared/data/guard not found");
        List<Exemplar> data = new ArrayList<>(DevData.load("harmful-dev.jsonl"));
        data.addAll(DevData.load("benign-dev.jsonl"));
        BinaryEvaluation dev = BinaryEvaluation.of(data, t -> !detector.scan(t).isEmpty());
        System.out.println("harmful on harmful-dev + benign-dev: " + dev.summary());
        System.out.println("harmful split: " + DevSplit.report(data, detector::score, 0.05));

        assertThat(dev.recall()).isGreaterThan(0.98);
        assertThat(dev.falsePositiveRate()).isLessThan(0.045);
    }
}
