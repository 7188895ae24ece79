package dev.gantry.knowledge.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.knowledge.OnnxEmbedder;
import dev.gantry.knowledge.score.MessageScorer;
import dev.gantry.knowledge.score.ScorerExemplars;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The scorer, trained on the shipped exemplars, against the labeled conversation set (messages it never saw). The
 * figures go to docs/benchmarks.md; the floor only catches a scorer that stopped working.
 */
class ScorerEvaluationIT {
    static final Path SET = Path.of("src/test/resources/knowledge/eval/conversations.json");

    @Test
    void should_tell_signal_from_noise_on_the_labeled_conversations() throws Exception {
        try (OnnxEmbedder embedder = new OnnxEmbedder()) {
            MessageScorer scorer = MessageScorer.train(ScorerExemplars.shipped(), embedder, 0.5);
            ScorerEvaluation e = ScorerEvaluation.run(EvalSet.read(SET), scorer);

            System.out.println(e.summary());
            e.mistakes().forEach(m -> System.out.println("  " + m));
            assertThat(e.messages()).isEqualTo(84);
            assertThat(e.accuracy()).isGreaterThan(0.85);
        }
    }
}
