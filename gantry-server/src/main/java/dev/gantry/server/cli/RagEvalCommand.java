package dev.gantry.server.cli;

import dev.gantry.core.rag.IngestItem;
import dev.gantry.core.rag.IngestJob;
import dev.gantry.rag.collection.CollectionSpec;
import dev.gantry.rag.eval.BeirFiles;
import dev.gantry.rag.eval.BeirQuery;
import dev.gantry.rag.eval.EvaluationReport;
import dev.gantry.rag.eval.Qrels;
import dev.gantry.rag.eval.RetrievalEvaluation;
import dev.gantry.rag.eval.RetrievalMetrics;
import dev.gantry.rag.ingest.IngestSources;
import dev.gantry.rag.retrieve.Retriever;
import dev.gantry.rag.retrieve.SearchMode;
import dev.gantry.rag.retrieve.SearchRequest;
import dev.gantry.rag.embed.TextHash;
import dev.gantry.server.Gantry;
import dev.gantry.server.config.GantryConfig;
import dev.gantry.server.rag.RagEngine;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * `gantry rag eval`: indexes a BEIR corpus into a collection of its own (reused on later runs: unchanged documents are
 * skipped) and prints nDCG@10, recall@100 and MRR@10 per retrieval mode, with the BEIR definitions.
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Measure retrieval quality on a BEIR data set (corpus.jsonl, queries.jsonl, qrels TSV).")
final class RagEvalCommand implements Callable<Integer> {
    /** Chunk hits fetched per query: several chunks of one document collapse to one, and recall@100 needs 100 documents. */
    private static final int CHUNKS_PER_QUERY = 300;

    @Mixin
    EngineOptions engine = new EngineOptions();

    @Option(names = "--corpus", required = true, description = "BEIR corpus.jsonl (_id, title, text, metadata)")
    Path corpus;

    @Option(names = "--queries", required = true, description = "BEIR queries.jsonl (_id, text)")
    Path queries;

    @Option(names = "--qrels", required = true, description = "qrels TSV with header: query-id corpus-id score")
    Path qrels;

    @Option(names = "--mode", defaultValue = "all", description = "bm25, dense, hybrid or all (default all)")
    String mode;

    @Option(names = "--embedding-model", description = "local/<id> or a gateway model (default: rag.embedding-model)")
    String embeddingModel;

    @Option(names = "--chunk-tokens", description = "chunk size in tokens (default 256)")
    Integer chunkTokens;

    @Option(names = "--text-weight", defaultValue = "1.0", description = "hybrid: weight of BM25 in the fusion")
    double textWeight;

    @Option(names = "--vector-weight", defaultValue = "1.0", description = "hybrid: weight of dense in the fusion")
    double vectorWeight;

    @Override
    public Integer call() throws Exception {
        GantryConfig config = engine.load();
        if (engine.dataDir == null && engine.config == null) config = config.withDataDir(Path.of("data"));
        String model = embeddingModel != null ? embeddingModel : config.rag().embeddingModel();
        String name = "eval-" + TextHash.of(corpus.toAbsolutePath().toString(), model, String.valueOf(chunkTokens)).substring(0, 12);
        try (Gantry gantry = Gantry.open(config)) {
            RagEngine rag = gantry.rag();
            index(rag, name, model);
            List<BeirQuery> qs = BeirFiles.readQueries(queries);
            Qrels judged = BeirFiles.readQrels(qrels);
            System.out.printf("%-8s %8s %10s %8s %8s %10s%n", "mode", "queries", "nDCG@10", "R@100", "MRR@10", "ms/query");
            for (SearchMode m : modes()) report(m, rag.retriever(name), qs, judged);
        }
        return 0;
    }

    private void index(RagEngine rag, String name, String model) throws InterruptedException {
        if (rag.collections().list().stream().noneMatch(c -> c.name().equals(name))) {
            rag.collections().create(new CollectionSpec(name, model, chunkTokens, null));
        }
        List<IngestItem> items = IngestSources.expand(List.of(corpus));
        long start = System.nanoTime();
        IngestJob job = rag.jobs().submit(name, items);
        Progress progress = new Progress(System.err);
        while (!job.finished()) {
            progress.show(job);
            job = rag.jobs().await(job.id(), Duration.ofMillis(500));
        }
        progress.show(job);
        double secs = (System.nanoTime() - start) / 1e9;
        var d = rag.collections().describe(name);
        System.err.printf(Locale.ROOT, "gantry: collection %s: %d documents, %d chunks, %.1f MB; this run indexed %d, skipped %d, "
                        + "failed %d in %.1f s (%.1f indexed docs/s)%n", name, d.stats().documents(), d.stats().chunks(),
                d.stats().bytesOnDisk() / 1e6, job.done(), job.skipped(), job.failed(), secs, job.done() / secs);
    }

    private List<SearchMode> modes() {
        if (mode.equalsIgnoreCase("all")) return List.of(SearchMode.BM25, SearchMode.DENSE, SearchMode.HYBRID);
        return List.of(SearchMode.parse(mode));
    }

    private void report(SearchMode m, Retriever retriever, List<BeirQuery> qs, Qrels judged) {
        long start = System.nanoTime();
        List<Integer> count = new ArrayList<>(List.of(0));
        EvaluationReport r = RetrievalEvaluation.evaluate(qs, judged, q -> {
            count.set(0, count.get(0) + 1);
            SearchRequest request = SearchRequest.builder(q.text()).mode(m).topK(CHUNKS_PER_QUERY)
                    .textWeight(textWeight).vectorWeight(vectorWeight).build();
            return RetrievalMetrics.documentRanking(retriever.search(request).hits());
        });
        double ms = (System.nanoTime() - start) / 1e6 / Math.max(1, count.get(0));
        System.out.printf(Locale.ROOT, "%-8s %8d %10.4f %8.4f %8.4f %10.2f%n", m.wire(), r.queries(), r.ndcgAt10(),
                r.recallAt100(), r.mrrAt10(), ms);
    }

}
