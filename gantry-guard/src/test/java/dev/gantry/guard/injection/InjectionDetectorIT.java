package dev.gantry.guard.injection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.gantry.guard.classify.BinaryEvaluation;
import dev.gantry.guard.classify.DevData;
import dev.gantry.guard.classify.Exemplar;
import dev.gantry.guard.classify.TextClassifier;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Figures on the development data (never shipped). The shipped classifier learnt from these rows, so its dev figures
 * flatter it; the cross-validated ones are the estimate for unseen data and carry the goal (recall >= 0.95 at a
 * false-positive rate <= 0.02). Bounds are today's figures with a small margin.
 */
class InjectionDetectorIT {
    private final InjectionDetector detector = new InjectionDetector();

    @BeforeEach
    void needsTheDevelopmentData() {
        assumeTrue(DevData.directory().isPresent(), "shared/data/guard not found");
    }

    @Test
    void shippedModelOnTheDevelopmentData() throws Exception {
        long start = System.nanoTime();
        detector.score("warm up");
        System.out.printf("injection: model read in %.0f ms%n", (System.nanoTime() - start) / 1e6);
        BinaryEvaluation dev = BinaryEvaluation.of(DevData.load("prompt-injection-dev.jsonl"), t -> !detector.scan(t).isEmpty());
        BinaryEvaluation onBenign = BinaryEvaluation.of(DevData.load("benign-dev.jsonl"), t -> !detector.scan(t).isEmpty());
        System.out.println("injection on prompt-injection-dev (trained on): " + dev.summary());
        System.out.println("injection on benign-dev (never trained on): " + onBenign.summary());

        assertThat(dev.recall()).isGreaterThan(0.97);
        assertThat(dev.falsePositiveRate()).isLessThan(0.01);
        assertThat(onBenign.falsePositiveRate()).isLessThan(0.02);
    }

    @Test
    void crossValidatedRecallAndFalsePositiveRateMeetTheGoal() throws Exception {
        var result = InjectionCrossValidation.run(InjectionTraining.COPIES_PER_DEV_ROW, 5, -1);
        BinaryEvaluation heldOut = result.heldOut(InjectionDetector.DEFAULT_THRESHOLD);
        double benignFpr = result.benignFalsePositiveRate(InjectionDetector.DEFAULT_THRESHOLD);
        System.out.printf("injection, 5-fold cross-validation: %s | benign-dev fpr=%.4f%n", heldOut.summary(), benignFpr);

        assertThat(heldOut.recall()).isGreaterThanOrEqualTo(0.95);
        assertThat(heldOut.falsePositiveRate()).isLessThanOrEqualTo(0.02);
        assertThat(benignFpr).isLessThanOrEqualTo(0.02);
    }

    /** The shipped file must be what the trainer makes of today's exemplars and rows: retrain after changing either. */
    @Test
    void shippedModelIsWhatTheTrainerMakesToday() throws Exception {
        List<Exemplar> dev = DevData.load("prompt-injection-dev.jsonl");
        TextClassifier retrained = InjectionTraining.train(dev, InjectionTraining.COPIES_PER_DEV_ROW);
        TextClassifier documents = InjectionTraining.trainDocuments(dev, InjectionTraining.COPIES_PER_DEV_ROW);
        InjectionDetector fresh = new InjectionDetector(InjectionDetector.DEFAULT_THRESHOLD, Optional.empty(), () -> retrained, () -> documents);
        for (Exemplar row : dev.subList(0, 100)) {
            assertThat(detector.score(row.text())).as(row.text()).isCloseTo(fresh.score(row.text()), org.assertj.core.data.Offset.offset(1e-4));
        }
        for (String text : DevData.scifactAbstracts(20)) { // long texts: the document classifier
            assertThat(detector.score(text)).isCloseTo(fresh.score(text), org.assertj.core.data.Offset.offset(1e-4));
        }
    }
}
