package dev.gantry.server.rag;

import dev.gantry.core.http.HttpTransport;
import dev.gantry.core.rag.CollectionInfo;
import dev.gantry.core.rag.Reranker;
import dev.gantry.extract.tika.TikaTextExtractor;
import dev.gantry.gateway.EmbeddingGateway;
import dev.gantry.index.lucene.LuceneVectorIndexStore;
import dev.gantry.rag.answer.AnswerGenerator;
import dev.gantry.rag.answer.AnswerService;
import dev.gantry.rag.retrieve.SourceScreen;
import dev.gantry.rag.answer.ContextPacker;
import dev.gantry.rag.chunk.MarkdownChunker;
import dev.gantry.rag.collection.RagCollections;
import dev.gantry.rag.embed.CachingEmbedder;
import dev.gantry.rag.ingest.IngestJobs;
import dev.gantry.rag.retrieve.Retriever;
import dev.gantry.rerank.http.HttpReranker;
import dev.gantry.rerank.http.RerankDialect;
import dev.gantry.rerank.http.RerankSettings;
import dev.gantry.server.config.RagSettings;
import dev.gantry.store.sqlite.SqliteCollectionStore;
import dev.gantry.store.sqlite.SqliteDatabase;
import dev.gantry.store.sqlite.SqliteIngestJobStore;
import java.nio.file.Path;
import java.time.Clock;

/**
 * The RAG engine as the server and the CLI use it: collections and ingest jobs (catalogue and jobs in SQLite,
 * chunks in Lucene under {@code <data-dir>/rag}), retrieval with the configured reranker, and grounded answers.
 */
public final class RagEngine implements AutoCloseable {
    private final RagSettings settings;
    private final io.opentelemetry.api.trace.Tracer tracer;
    private final ServerEmbedders embedders;
    private final LuceneVectorIndexStore indexes;
    private final RagCollections collections;
    private final IngestJobs jobs;
    private final Reranker reranker;
    private final ContextPacker packer = new ContextPacker();
    private final Path uploads;

    public RagEngine(RagSettings settings, Path dataDir, SqliteDatabase db, HttpTransport transport, EmbeddingGateway embeddings) {
        this(settings, dataDir, db, transport, embeddings, io.opentelemetry.api.OpenTelemetry.noop());
    }

    /** @param otel receives a span per retrieval (no-op when traces are off) */
    public RagEngine(RagSettings settings, Path dataDir, SqliteDatabase db, HttpTransport transport, EmbeddingGateway embeddings,
                     io.opentelemetry.api.OpenTelemetry otel) {
        this.tracer = otel.getTracer("dev.gantry.rag");
        this.settings = settings;
        Path root = dataDir.resolve("rag");
        this.uploads = root.resolve("uploads");
        this.embedders = new ServerEmbedders(embeddings, settings.embeddingModel());
        this.indexes = new LuceneVectorIndexStore(root.resolve("indexes"));
        this.collections = new RagCollections(new SqliteCollectionStore(db), indexes, embedders, Clock.systemUTC());
        this.jobs = new IngestJobs(collections, new SqliteIngestJobStore(db), new TikaTextExtractor(),
                (c, id, text, meta) -> MarkdownChunker.forCollection(c).chunk(id, text, meta), settings.ingestBatch(),
                Clock.systemUTC());
        this.reranker = settings.reranker() == null ? Reranker.NONE : new HttpReranker(rerankSettings(settings.reranker()), transport);
    }

    private static RerankSettings rerankSettings(RagSettings.Reranker r) {
        return new RerankSettings(r.baseUrl(), r.apiKey(), r.model(), RerankDialect.parse(r.dialect()), r.timeout());
    }

    public RagSettings settings() {
        return settings;
    }

    public RagCollections collections() {
        return collections;
    }

    public IngestJobs jobs() {
        return jobs;
    }

    public Path uploads() {
        return uploads;
    }

    public boolean hasReranker() {
        return reranker != Reranker.NONE;
    }

    /** Spans of RAG work (retrievals, answers). */
    public io.opentelemetry.api.trace.Tracer tracer() {
        return tracer;
    }

    /** The collection's retriever: its index, and queries embedded by the model it was built with. */
    public Retriever retriever(String collection) {
        CollectionInfo info = collections.get(collection);
        CachingEmbedder embedder = collections.embedder(info);
        return new Retriever(collections.index(info), embedder::embedQuery, reranker, tracer, collection);
    }

    public AnswerService answers(AnswerGenerator generator) {
        return new AnswerService(generator, packer);
    }

    /** Answers whose retrieved passages go through {@code screen} (the request's guard policy) first. */
    public AnswerService answers(AnswerGenerator generator, SourceScreen screen) {
        return new AnswerService(generator, packer, screen);
    }

    /** Stops ingesting after the current batch (unfinished jobs resume on the next start), then closes the indexes. */
    @Override
    public void close() {
        jobs.close();
        collections.close();
        indexes.close();
        embedders.close();
    }
}
