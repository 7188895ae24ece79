package dev.gantry.guard.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.gantry.guard.classify.BinaryEvaluation.Scored;
import java.util.List;
import org.junit.jupiter.api.Test;

class BinaryEvaluationTest {
    @Test
    void computesFiguresFromCounts() {
        BinaryEvaluation e = new BinaryEvaluation(8, 2, 88, 2);
        assertThat(e.precision()).isEqualTo(0.8);
        assertThat(e.recall()).isEqualTo(0.8);
        assertThat(e.f1()).isCloseTo(0.8, within(1e-12));
        assertThat(e.falsePositiveRate()).isCloseTo(2 / 90.0, within(1e-12));
        assertThat(new BinaryEvaluation(0, 0, 0, 0).precision()).isZero();
    }

    @Test
    void countsFlagsAgainstLabels() {
        List<Exemplar> data = List.of(new Exemplar("bad one", true, ""), new Exemplar("bad two", true, ""),
                new Exemplar("good bad", false, ""), new Exemplar("good", false, ""));
        BinaryEvaluation e = BinaryEvaluation.of(data, text -> text.contains("bad"));
        assertThat(e).isEqualTo(new BinaryEvaluation(2, 1, 1, 0));
    }

    @Test
    void thresholdSweepKeepsTheFalsePositiveBudget() {
        List<Scored> scored = List.of(new Scored(0.9, true), new Scored(0.7, true), new Scored(0.2, true),
                new Scored(0.8, false), new Scored(0.3, false), new Scored(0.1, false), new Scored(0.05, false));
        double strict = BinaryEvaluation.thresholdForFalsePositiveRate(scored, 0.0);
        assertThat(BinaryEvaluation.atThreshold(scored, strict).falsePositives()).isZero();
        assertThat(BinaryEvaluation.atThreshold(scored, strict).truePositives()).isEqualTo(1);
        double loose = BinaryEvaluation.thresholdForFalsePositiveRate(scored, 0.25);
        assertThat(BinaryEvaluation.atThreshold(scored, loose).falsePositives()).isEqualTo(1);
        assertThat(BinaryEvaluation.atThreshold(scored, loose).truePositives()).isEqualTo(2);
    }
}
