package dev.gantry.server.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.core.knowledge.AtomType;
import dev.gantry.core.knowledge.NewVersion;
import dev.gantry.core.knowledge.RawMessage;
import dev.gantry.core.knowledge.VersionStatus;
import dev.gantry.knowledge.review.KnowledgeReview;
import dev.gantry.server.Gantry;
import dev.gantry.server.cli.Main;
import dev.gantry.server.config.ConfigLoader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** `gantry knowledge review list|approve` on a data directory, and `gantry knowledge eval` without a model key. */
class KnowledgeCliIT {
    @TempDir
    Path dir;

    private String run(String... args) {
        PrintStream original = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            int code = new CommandLine(new Main()).execute(args);
            assertThat(code).as(out.toString(StandardCharsets.UTF_8)).isZero();
        } finally {
            System.setOut(original);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void should_list_a_draft_approve_it_and_audit_who_did() throws Exception {
        Path config = dir.resolve("gantry.yaml");
        Files.writeString(config, """
                data-dir: %s
                providers:
                  - {name: oai, type: openai, base-url: http://127.0.0.1:9/v1, api-key: ${KEY}}
                models:
                  - {name: chat, targets: [{provider: oai, model: m}]}
                knowledge: {extraction-model: chat}
                """.formatted(dir.resolve("data")).replace("${KEY}", "${KEY:-unused}"));
        long atom;
        try (Gantry g = Gantry.open(new ConfigLoader(Map.<String, String>of()::get).load(config))) {
            var k = g.knowledge();
            long m = k.messages().insert(new RawMessage(0, "api", "ops", "1", "ana", "we pin images by digest",
                    Instant.now(), Instant.now(), "{}", false, true)).message().id();
            long topic = k.knowledge().upsertTopic("Builds", "", Instant.now()).id();
            atom = k.knowledge().createAtom(new NewVersion(AtomType.DECISION, topic, "Pin images by digest",
                    "All Dockerfiles pin base images by digest.", List.of(m), "extractor", Instant.now(), null)).atomId();
        }

        String listed = run("knowledge", "review", "list", "--config", config.toString());
        assertThat(listed).contains("atom " + atom + " v1", "decision", "Pin images by digest", "sources: [1]");

        String approved = run("knowledge", "review", "approve", String.valueOf(atom), "1", "--reason", "agreed",
                "--config", config.toString());
        assertThat(approved).contains("is approved (by cli:");

        try (Gantry g = Gantry.open(new ConfigLoader(Map.<String, String>of()::get).load(config))) {
            assertThat(g.knowledge().knowledge().version(atom, 1).orElseThrow().status()).isEqualTo(VersionStatus.APPROVED);
            assertThat(g.audit().find(KnowledgeReview.APPROVED, "atom:" + atom + "@v1", 5)).singleElement()
                    .satisfies(r -> assertThat(r.event().actor()).startsWith("cli:"));
            assertThat(g.knowledge().search().search("pin images digest", 5)).isNotEmpty();
        }
    }

    @Test
    void should_report_the_scorers_accuracy_on_the_labeled_set_without_a_model() {
        String out = run("knowledge", "eval", "--data", "../gantry-knowledge/src/test/resources/knowledge/eval/conversations.json");
        assertThat(out).contains("scorer: 84 messages, accuracy");
    }
}
