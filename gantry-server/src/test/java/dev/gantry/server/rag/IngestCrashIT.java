package dev.gantry.server.rag;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.core.rag.IngestJob;
import dev.gantry.server.Gantry;
import dev.gantry.server.config.ConfigLoader;
import dev.gantry.server.config.GantryConfig;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real crash: `gantry ingest` runs in its own JVM and is killed with SIGKILL part-way through; the next start
 * resumes the job from the store and the collection ends with every document exactly once.
 */
class IngestCrashIT {
    private static final int DOCUMENTS = 600; // the CLI logs progress every 5 s when not on a terminal: the job must outlast that
    private static final Pattern PROGRESS = Pattern.compile("\\] (\\d+)/" + DOCUMENTS + " documents");

    @TempDir
    Path dir;

    @Test
    void should_resume_after_the_ingesting_process_is_killed_without_duplicates() throws Exception {
        Path corpus = dir.resolve("corpus.jsonl");
        Files.writeString(corpus, IntStream.range(0, DOCUMENTS).mapToObj(i -> "{\"_id\": \"d" + i + "\", \"text\": "
                + "\"Document number " + i + " is about topic " + (i % 11) + ". A second sentence follows.\"}")
                .collect(Collectors.joining("\n")));
        Path config = Files.writeString(dir.resolve("gantry.yaml"), "data-dir: " + dir.resolve("data")
                + "\nrag: {ingest-batch: 2, embedding-model: local/all-minilm-l6-v2-q}\n");

        Process child = ingestInChildJvm(config, corpus);
        List<String> output = new ArrayList<>();
        int seen = killAfterProgress(child, output);
        assertThat(seen).as("progress before the kill: %s", output).isBetween(6, DOCUMENTS - 1);

        GantryConfig c = new ConfigLoader(Map.<String, String>of()::get).load(config);
        try (Gantry restarted = Gantry.open(c)) {
            List<IngestJob> resumed = restarted.rag().jobs().resumeUnfinished();
            assertThat(resumed).hasSize(1);
            assertThat(resumed.getFirst().done()).as("work kept from before the crash").isPositive();
            IngestJob done = restarted.rag().jobs().await(resumed.getFirst().id(), Duration.ofMinutes(5));
            assertThat(done.status()).isEqualTo(IngestJob.Status.SUCCEEDED);
            var stats = restarted.rag().collections().describe("crash").stats();
            assertThat(stats.documents()).isEqualTo(DOCUMENTS);
            assertThat(stats.chunks()).as("one chunk per document: a duplicate would show").isEqualTo(DOCUMENTS);
        }
    }

    private Process ingestInChildJvm(Path config, Path corpus) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder pb = new ProcessBuilder(java.toString(), "--add-modules", "jdk.incubator.vector",
                "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"),
                "dev.gantry.server.cli.Main", "ingest", "crash", corpus.toString(), "--config", config.toString());
        pb.environment().put("ORT_DISABLE_TELEMETRY", "1");
        return pb.redirectErrorStream(true).start();
    }

    /** Reads the child's progress lines and kills it (SIGKILL) once a few batches are in; returns the count seen. */
    private static int killAfterProgress(Process child, List<String> output) throws Exception {
        int seen = -1;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                output.add(line);
                Matcher m = PROGRESS.matcher(line);
                if (m.find() && Integer.parseInt(m.group(1)) >= 6) {
                    seen = Integer.parseInt(m.group(1));
                    child.destroyForcibly();
                    break;
                }
            }
        } finally {
            child.destroyForcibly();
            child.waitFor(30, TimeUnit.SECONDS);
        }
        return seen;
    }
}
