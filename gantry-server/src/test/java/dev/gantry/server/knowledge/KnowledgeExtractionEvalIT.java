package dev.gantry.server.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.knowledge.eval.EvalSet;
import dev.gantry.knowledge.eval.ExtractionEvaluation;
import dev.gantry.knowledge.eval.ExtractionRun;
import dev.gantry.knowledge.score.MessageScorer;
import dev.gantry.knowledge.score.ScorerExemplars;
import dev.gantry.rag.collection.CollectionSpec;
import dev.gantry.server.Gantry;
import dev.gantry.server.config.ConfigLoader;
import dev.gantry.server.config.GantryConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Extraction precision and recall on the labeled conversations with a real model, through the gateway's chat route.
 * Runs only when OPENAI_API_KEY or ANTHROPIC_API_KEY is set (KNOWLEDGE_EVAL_MODEL picks the model); skipped otherwise,
 * saying so. The figures go to docs/benchmarks.md; the assertion only checks that the run produced atoms.
 */
class KnowledgeExtractionEvalIT {
    static final Path SET = Path.of("../gantry-knowledge/src/test/resources/knowledge/eval/conversations.json");

    @Test
    void should_report_extraction_precision_and_recall_with_a_real_model() throws Exception {
        boolean openai = present("OPENAI_API_KEY");
        Assumptions.assumeTrue(openai || present("ANTHROPIC_API_KEY"),
                "skipped: no model key; set OPENAI_API_KEY or ANTHROPIC_API_KEY (and optionally KNOWLEDGE_EVAL_MODEL) "
                        + "to measure extraction with a real model");
        String model = System.getenv().getOrDefault("KNOWLEDGE_EVAL_MODEL", openai ? "gpt-4o-mini" : "claude-3-5-haiku-latest");
        GantryConfig config = ConfigLoader.fromEnvironment().embeddedDefault().withDataDir(Files.createTempDirectory("knowledge-eval"));
        try (Gantry g = Gantry.open(config)) {
            EvalSet set = EvalSet.read(SET);
            var embedder = g.rag().collections().embedder(g.rag().collections().create(
                    new CollectionSpec("eval", "local/all-minilm-l6-v2-q", null, null)));
            MessageScorer scorer = MessageScorer.train(ScorerExemplars.shipped(), embedder::embedDocuments, 0.5);
            ExtractionEvaluation e = ExtractionRun.run(set, scorer, KnowledgeWiring.extractor(g.chat(), model, 3), 20);
            System.out.println("model " + model + ": " + e.summary());
            e.unmatched().forEach(u -> System.out.println("  unmatched: " + u));
            assertThat(e.extracted()).isPositive();
        }
    }

    private static boolean present(String name) {
        String v = System.getenv(name);
        return v != null && !v.isBlank();
    }
}
