package dev.gantry.server.rag;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.core.rag.IngestJob;
import dev.gantry.rag.collection.CollectionSpec;
import dev.gantry.rag.ingest.IngestSources;
import dev.gantry.server.Gantry;
import dev.gantry.server.config.ConfigLoader;
import dev.gantry.server.config.GantryConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An ingest stopped part-way (shutdown while running) resumes on the next start and ends with no duplicates. */
class IngestResumeIT {
    @TempDir
    Path dir;

    @Test
    void should_resume_an_interrupted_ingest_without_duplicates() throws Exception {
        Path corpus = dir.resolve("corpus.jsonl");
        Files.writeString(corpus, IntStream.range(0, 120).mapToObj(i -> "{\"_id\": \"d" + i + "\", \"title\": \"Doc " + i
                + "\", \"text\": \"Document number " + i + " talks about topic " + (i % 7) + ". It has a second sentence.\"}")
                .collect(Collectors.joining("\n")));
        Files.writeString(dir.resolve("gantry.yaml"), "data-dir: " + dir.resolve("data") + "\nrag: {ingest-batch: 4}\n");
        GantryConfig config = new ConfigLoader(Map.<String, String>of()::get).load(dir.resolve("gantry.yaml"));

        String jobId;
        try (Gantry first = Gantry.open(config)) {
            first.rag().collections().create(new CollectionSpec("big", null, null, null));
            IngestJob job = first.rag().jobs().submit("big", IngestSources.expand(List.of(corpus)));
            jobId = job.id();
            while (first.rag().jobs().require(jobId).done() < 8) Thread.sleep(5);
        } // orderly stop: the batch in progress finishes, the job stays "running" in the store

        IngestJob stopped;
        try (Gantry probe = Gantry.open(config)) {
            stopped = probe.rag().jobs().require(jobId);
        }
        assertThat(stopped.finished()).isFalse();
        assertThat(stopped.done()).isLessThan(120);

        try (Gantry second = Gantry.open(config)) {
            assertThat(second.rag().jobs().resumeUnfinished()).extracting(IngestJob::id).containsExactly(jobId);
            IngestJob done = second.rag().jobs().await(jobId, Duration.ofMinutes(5));
            assertThat(done.status()).isEqualTo(IngestJob.Status.SUCCEEDED);
            assertThat(done.done() + done.skipped()).isEqualTo(120);
            var stats = second.rag().collections().describe("big").stats();
            assertThat(stats.documents()).isEqualTo(120);
            assertThat(stats.chunks()).isEqualTo(120); // one short chunk per document: any duplicate would show
        }
    }
}
