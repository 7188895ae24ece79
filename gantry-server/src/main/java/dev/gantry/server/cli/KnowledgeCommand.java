package dev.gantry.server.cli;

import dev.gantry.core.chat.CallOptions;
import dev.gantry.core.embed.EmbeddingRequest;
import dev.gantry.core.knowledge.AtomVersion;
import dev.gantry.embed.onnx.LocalEmbeddingModels;
import dev.gantry.embed.onnx.OnnxEmbeddingModel;
import dev.gantry.knowledge.eval.EvalSet;
import dev.gantry.knowledge.eval.ExtractionEvaluation;
import dev.gantry.knowledge.eval.ExtractionRun;
import dev.gantry.knowledge.eval.ScorerEvaluation;
import dev.gantry.knowledge.score.MessageScorer;
import dev.gantry.knowledge.score.ScorerExemplars;
import dev.gantry.server.Gantry;
import dev.gantry.server.config.KnowledgeSettings;
import dev.gantry.server.knowledge.KnowledgeWiring;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** `gantry knowledge review list|approve|reject` and `gantry knowledge eval`. */
@Command(name = "knowledge", mixinStandardHelpOptions = true, description = "Review extracted knowledge; evaluate extraction.",
        subcommands = {KnowledgeCommand.Review.class, KnowledgeCommand.Eval.class})
final class KnowledgeCommand implements Runnable {
    @Override
    public void run() {
        new picocli.CommandLine(this).usage(System.out);
    }

    /** Opens Gantry in process and checks the knowledge section is on. */
    static KnowledgeWiring knowledge(Gantry g) {
        if (g.knowledge() == null) {
            throw new IllegalStateException("the config has no knowledge: section (or enabled: false); pass --config with one");
        }
        return g.knowledge();
    }

    @Command(name = "review", mixinStandardHelpOptions = true, description = "List drafts, approve or reject a version.",
            subcommands = {ListDrafts.class, Approve.class, Reject.class})
    static final class Review implements Runnable {
        @Override
        public void run() {
            new picocli.CommandLine(this).usage(System.out);
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Draft versions waiting for review, with diffs.")
    static final class ListDrafts implements Callable<Integer> {
        @Mixin
        EngineOptions engine = new EngineOptions();
        @Option(names = "--limit", defaultValue = "50") int limit;

        @Override
        public Integer call() {
            try (Gantry g = engine.open()) {
                KnowledgeWiring k = knowledge(g);
                var drafts = k.knowledge().drafts(limit);
                if (drafts.isEmpty()) System.out.println("no drafts waiting for review");
                for (AtomVersion v : drafts) {
                    System.out.printf("atom %d v%d  %-11s %s%n    sources: %s%n", v.atomId(), v.version(), v.type().wire(),
                            v.title(), v.sourceMessageIds());
                    String text = v.version() == 1 ? v.body() : k.review().diff(v.atomId(), v.version() - 1, v.version()).text();
                    System.out.println("    " + text.replace("\n", "\n    "));
                }
                return 0;
            }
        }
    }

    abstract static class Decide implements Callable<Integer> {
        @Mixin
        EngineOptions engine = new EngineOptions();
        @Parameters(index = "0", description = "atom id") long atom;
        @Parameters(index = "1", description = "version number") int version;
        @Option(names = "--reason", defaultValue = "") String reason;

        abstract AtomVersion decide(KnowledgeWiring k, String reviewer);

        @Override
        public Integer call() {
            try (Gantry g = engine.open()) {
                AtomVersion v = decide(knowledge(g), CliAudit.actor());
                System.out.printf("atom %d v%d is %s (by %s)%n", v.atomId(), v.version(), v.status().wire(), v.reviewedBy());
                return 0;
            }
        }
    }

    @Command(name = "approve", mixinStandardHelpOptions = true, description = "Approve a draft version: it is served and searchable.")
    static final class Approve extends Decide {
        @Override
        AtomVersion decide(KnowledgeWiring k, String reviewer) {
            return k.review().approve(atom, version, reviewer, reason);
        }
    }

    @Command(name = "reject", mixinStandardHelpOptions = true, description = "Reject a draft version.")
    static final class Reject extends Decide {
        @Override
        AtomVersion decide(KnowledgeWiring k, String reviewer) {
            return k.review().reject(atom, version, reviewer, reason);
        }
    }

    @Command(name = "eval", mixinStandardHelpOptions = true, description = "Scorer accuracy on a labeled conversation set "
            + "(no key needed) and, with --model, extraction precision and recall through the gateway.")
    static final class Eval implements Callable<Integer> {
        @Mixin
        EngineOptions engine = new EngineOptions();
        @Option(names = "--data", required = true, description = "labeled conversations (JSON, see gantry-knowledge/src/test/resources/knowledge/eval)")
        Path data;
        @Option(names = "--model", description = "model alias to extract with; leave out to evaluate the scorer only") String model;
        @Option(names = "--threshold", defaultValue = "0.5") double threshold;
        @Option(names = "--batch-size", defaultValue = "20") int batchSize;

        @Override
        public Integer call() throws Exception {
            EvalSet set = EvalSet.read(data);
            String embedding = KnowledgeSettings.OFF.embeddingModel();
            try (OnnxEmbeddingModel onnx = new OnnxEmbeddingModel()) {
                String id = LocalEmbeddingModels.byId(embedding).id();
                MessageScorer scorer = MessageScorer.train(ScorerExemplars.shipped(), texts -> onnx.embed(
                        new EmbeddingRequest(id, texts, null, null, null, Map.of("input_type", "document")), CallOptions.DEFAULT).vectors(),
                        threshold);
                ScorerEvaluation s = ScorerEvaluation.run(set, scorer);
                System.out.println(s.summary());
                s.mistakes().forEach(m -> System.out.println("  " + m));
                if (model == null) return 0;
                try (Gantry g = engine.open()) {
                    ExtractionEvaluation e = ExtractionRun.run(set, scorer, KnowledgeWiring.extractor(g.chat(), model, 3), batchSize);
                    System.out.println(e.summary());
                    e.unmatched().forEach(u -> System.out.println("  unmatched: " + u));
                }
            }
            return 0;
        }
    }
}
