package dev.gantry.guard.harmful;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.gantry.guard.classify.BinaryEvaluation;
import dev.gantry.guard.classify.DevData;
import dev.gantry.guard.classify.Exemplar;
import dev.gantry.guard.classify.Exemplars;
import dev.gantry.guard.classify.TextClassifier;
import java.util.List;
import java.util.Optional;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Figures on the development data (never shipped). The shipped classifier learnt from these rows, so its dev figures
 * flatter it; the cross-validated ones are the estimate for unseen rows and carry the goal (recall >= 0.98 at a
 * false-positive rate <= 0.05 on ordinary instructions). Bounds are today's figures with a small margin.
 */
class HarmfulContentDetectorIT {
    private final HarmfulContentDetector detector = new HarmfulContentDetector();

    @BeforeEach
    void needsTheDevelopmentData() {
        assumeTrue(DevData.directory().isPresent(), "shared/data/guard not found");
    }

    @Test
    void shippedModelOnTheDevelopmentData() throws Exception {
        BinaryEvaluation dev = BinaryEvaluation.of(HarmfulCrossValidation.devRows(), t -> !detector.scan(t).isEmpty());
        System.out.println("harmful on harmful-dev + benign-dev (trained on): " + dev.summary());
        assertThat(dev.recall()).isGreaterThan(0.98);
        assertThat(dev.falsePositiveRate()).isLessThan(0.01);
    }

    @Test
    void crossValidatedRecallAndFalsePositiveRateMeetTheGoal() throws Exception {
        BinaryEvaluation heldOut = BinaryEvaluation.atThreshold(
                HarmfulCrossValidation.run(HarmfulTraining.COPIES_PER_DEV_ROW, 5, -1), HarmfulContentDetector.DEFAULT_THRESHOLD);
        System.out.println("harmful, 5-fold cross-validation: " + heldOut.summary());
        assertThat(heldOut.recall()).isGreaterThanOrEqualTo(0.985);
        assertThat(heldOut.falsePositiveRate()).isLessThanOrEqualTo(0.012);
    }

    /** The shipped file must be what the trainer makes of today's rows: retrain after changing them. */
    @Test
    void shippedModelIsWhatTheTrainerMakesToday() throws Exception {
        List<Exemplar> dev = HarmfulCrossValidation.devRows();
        TextClassifier retrained = HarmfulTraining.train(dev, HarmfulTraining.COPIES_PER_DEV_ROW);
        TextClassifier retrainedGloss = HarmfulTraining.trainGloss(dev, HarmfulTraining.COPIES_PER_DEV_ROW);
        HarmfulContentDetector fresh = new HarmfulContentDetector(HarmfulContentDetector.DEFAULT_THRESHOLD, Optional.empty(),
                () -> retrained, () -> retrainedGloss);
        for (Exemplar row : dev.subList(0, 100)) {
            assertThat(detector.score(row.text())).as(row.text()).isCloseTo(fresh.score(row.text()), Offset.offset(1e-4));
        }
        // the gloss model: requests in other languages
        for (Exemplar row : Exemplars.fromResource("/guard/european/harmful-a.jsonl").subList(0, 60)) {
            assertThat(detector.score(row.text())).as(row.text()).isCloseTo(fresh.score(row.text()), Offset.offset(1e-4));
        }
    }
}
