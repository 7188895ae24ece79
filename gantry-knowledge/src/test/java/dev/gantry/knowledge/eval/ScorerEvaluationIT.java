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
            for (double t : new double[] {0.2, 0.3, 0.4, 0.6, 0.7, 0.8}) {
                System.out.println("threshold " + t + ": "
                        + ScorerEvaluation.run(EvalSet.read(SET), MessageScorer.train(ScorerExemplars.shipped(), embedder, t)).summary());
            }
            EvalSet set = EvalSet.read(SET);
            long start = System.nanoTime();
            int n = 0;
            for (EvalSet.Chat c : set.chats()) for (EvalSet.LabeledMessage m : c.messages()) {
                scorer.assess(m.message().text());
                n++;
            }
            System.out.printf("scoring one message at a time: %.2f ms each (%d messages, after the training pass)%n",
                    (System.nanoTime() - start) / 1e6 / n, n);
        }
    }
}
