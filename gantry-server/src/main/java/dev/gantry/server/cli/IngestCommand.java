package dev.gantry.server.cli;

import dev.gantry.core.rag.IngestItem;
import dev.gantry.core.rag.IngestJob;
import dev.gantry.rag.collection.CollectionSpec;
import dev.gantry.rag.ingest.IngestSources;
import dev.gantry.server.Gantry;
import dev.gantry.server.rag.RagEngine;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** `gantry ingest COLLECTION PATH...`: files, directories and JSONL batches into a collection, with progress. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Add files, directories (recursively) and JSONL batches (one document per line, BEIR corpus format "
                + "included) to a collection, creating it if needed. Unchanged documents are skipped; changed ones replaced.",
                "An interrupted ingest resumes where it stopped the next time gantry ingest or gantry serve runs.",
                "Exit code 1 when any document failed (each failure is listed)."})
final class IngestCommand implements Callable<Integer> {
    @Mixin
    EngineOptions engine = new EngineOptions();

    @Parameters(index = "0", description = "collection name")
    String collection;

    @Parameters(index = "1..*", arity = "1..*", description = "files, directories or .jsonl files")
    List<Path> paths;

    @Option(names = "--embedding-model", description = "for a new collection: local/<id> or a gateway model (default: rag.embedding-model)")
    String embeddingModel;

    @Option(names = "--chunk-tokens", description = "for a new collection: chunk size in tokens (default 256)")
    Integer chunkTokens;

    @Option(names = "--overlap-tokens", description = "for a new collection: overlap between chunks in tokens (default 32)")
    Integer overlapTokens;

    @Override
    public Integer call() throws Exception {
        try (Gantry gantry = engine.open()) {
            RagEngine rag = gantry.rag();
            for (IngestJob j : rag.jobs().resumeUnfinished()) {
                System.err.println("gantry: resuming ingest job " + j.id() + " into '" + j.collection() + "'");
                follow(rag, j);
            }
            if (rag.collections().list().stream().noneMatch(c -> c.name().equals(collection))) {
                var info = rag.collections().create(new CollectionSpec(collection, embeddingModel, chunkTokens, overlapTokens));
                System.err.println("gantry: created collection '" + collection + "' (" + info.embeddingModel() + ", "
                        + info.dimensions() + " dimensions)");
            }
            List<IngestItem> items = IngestSources.expand(paths);
            IngestJob job = follow(rag, rag.jobs().submit(collection, items));
            return job.failed() > 0 || job.status() != IngestJob.Status.SUCCEEDED ? 1 : 0;
        }
    }

    private static IngestJob follow(RagEngine rag, IngestJob job) throws InterruptedException {
        Progress progress = new Progress(System.err);
        IngestJob now = job;
        while (!now.finished()) {
            progress.show(now);
            now = rag.jobs().await(job.id(), Duration.ofMillis(250));
        }
        progress.show(now);
        List<IngestItem> failures = rag.jobs().failures(job.id(), 50);
        failures.forEach(f -> System.err.println("  failed: " + f.error()));
        if (now.failed() > failures.size()) System.err.println("  ... and " + (now.failed() - failures.size()) + " more");
        System.err.println("gantry: job " + job.id() + " " + now.status().name().toLowerCase());
        return now;
    }
}
