package dev.gantry.guard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.gantry.guard.classify.DevData;
import dev.gantry.guard.harmful.HarmfulContentDetector;
import dev.gantry.guard.injection.InjectionDetector;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Long ordinary prose, as a retrieved passage or a pasted document brings it: 1,500 SciFact abstracts, which no guard
 * classifier trains on. Before the classifiers learnt written prose (2026-12-08) the harmful detector flagged 596 of
 * them and the injection detector 357: every sentence is scored, and scientific sentences were text neither had seen.
 * The harmful detector has learnt written prose since (50); ceilings at today's counts.
 */
class OrdinaryProseIT {
    private static List<String> abstracts;

    @BeforeAll
    static void load() throws Exception {
        assumeTrue(DevData.directory().isPresent(), "shared/data not found");
        abstracts = DevData.scifactAbstracts(1_500);
    }

    @Test
    void harmfulDetectorLeavesScientificProseAlone() {
        assertThat(flagged(new HarmfulContentDetector())).isLessThanOrEqualTo(HARMFUL_CEILING);
    }

    @Test
    void injectionDetectorLeavesScientificProseAlone() {
        assertThat(flagged(new InjectionDetector())).isLessThanOrEqualTo(INJECTION_CEILING);
    }

    private static long flagged(Detector detector) {
        return abstracts.stream().filter(t -> !detector.scan(t).isEmpty()).count();
    }

    /** 596 before the prose (2026-12-08). */
    private static final long HARMFUL_CEILING = 50;
    /** Not yet taught prose: written prose as negatives cost its cross-validated recall (0.961 to 0.946), see decision 26. */
    private static final long INJECTION_CEILING = 357;
}
