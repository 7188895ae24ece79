package dev.gantry.server.knowledge;

import dev.gantry.core.audit.AuditLog;
import dev.gantry.core.rag.CollectionInfo;
import dev.gantry.gateway.ChatGateway;
import dev.gantry.core.jobs.JobRequest;
import dev.gantry.server.jobs.JobsWiring;
import java.util.function.Consumer;
import dev.gantry.knowledge.TextEmbedder;
import dev.gantry.knowledge.extract.Extractor;
import dev.gantry.knowledge.ingest.ChatAllowList;
import dev.gantry.knowledge.ingest.MessageIntake;
import dev.gantry.knowledge.merge.AtomMerger;
import dev.gantry.knowledge.pipeline.KnowledgeJobs;
import dev.gantry.knowledge.pipeline.KnowledgePipeline;
import dev.gantry.knowledge.review.KnowledgeReview;
import dev.gantry.knowledge.score.MessageScorer;
import dev.gantry.knowledge.score.ScorerExemplars;
import dev.gantry.knowledge.search.KnowledgeSearch;
import dev.gantry.rag.collection.CollectionSpec;
import dev.gantry.rag.embed.CachingEmbedder;
import dev.gantry.server.config.KnowledgeSettings;
import dev.gantry.server.rag.RagEngine;
import dev.gantry.store.sqlite.SqliteDatabase;
import dev.gantry.store.sqlite.SqliteKnowledgeStore;
import dev.gantry.store.sqlite.SqliteMessageStore;
import java.time.Clock;

/**
 * The knowledge pipeline wired to the server's parts: SQLite stores, the in-process embedding model of a dedicated
 * RAG collection (scoring, merging and search share it), extraction through the gateway, review into the audit log,
 * and the score and extract handlers on the job runner. The chain webhook -> score -> extract runs on the queue.
 */
public final class KnowledgeWiring {
    private static final System.Logger LOG = System.getLogger("dev.gantry.knowledge");
    private final KnowledgeSettings settings;
    private final SqliteMessageStore messages;
    private final SqliteKnowledgeStore knowledge;
    private final MessageScorer scorer;
    private final KnowledgeJobs jobs;
    private final MessageIntake intake;
    private final KnowledgeReview review;
    private final KnowledgeSearch search;

    /** The parts the pipeline runs on; {@code enqueue} puts a job on the server's queue (and wakes its worker). */
    public record Parts(SqliteDatabase db, RagEngine rag, ChatGateway chat, AuditLog audit, Consumer<JobRequest> enqueue) {
    }

    public KnowledgeWiring(KnowledgeSettings settings, Parts p) {
        this.settings = settings;
        Clock clock = Clock.systemUTC();
        messages = new SqliteMessageStore(p.db());
        knowledge = new SqliteKnowledgeStore(p.db());
        CollectionInfo collection = collection(p.rag(), settings);
        CachingEmbedder embedder = p.rag().collections().embedder(collection);
        TextEmbedder embed = embedder::embedDocuments;
        scorer = MessageScorer.train(ScorerExemplars.shipped(), embed, settings.scoreThreshold());
        Extractor extractor = new Extractor(new GatewayExtractionModel(p.chat(), settings.extractionModel()),
                settings.extractionAttempts());
        KnowledgePipeline pipeline = new KnowledgePipeline(messages, scorer, extractor,
                new AtomMerger(knowledge, embed, settings.mergeThreshold(), clock), settings.batchSize(), clock);
        jobs = new KnowledgeJobs(p.enqueue(), pipeline, messages, settings.batchWait(), settings.jobAttempts(), clock);
        intake = new MessageIntake(messages, new ChatAllowList(settings.allowedChats()), settings.maxMessageBytes(),
                jobs::messageStored);
        RagKnowledgeIndex index = new RagKnowledgeIndex(p.rag(), collection);
        review = new KnowledgeReview(knowledge, index, p.audit(), clock);
        search = new KnowledgeSearch(index, knowledge, messages);
    }

    /** Registers the handlers and re-enqueues what a previous run left unfinished; the server calls it once. */
    public KnowledgeWiring start(JobsWiring runner) {
        runner.register(KnowledgeJobs.SCORE_QUEUE, jobs.scoreHandler(), 2);
        runner.register(KnowledgeJobs.EXTRACT_QUEUE, jobs.extractHandler(), 1);
        int resumed = jobs.resume();
        int republished = review.republishMissing();
        if (resumed + republished > 0) {
            LOG.log(System.Logger.Level.INFO, "knowledge: resumed {0} unfinished jobs, re-indexed {1} approved atoms",
                    resumed, republished);
        }
        return this;
    }

    /** An extractor asking {@code model} through the gateway (for evaluations, with any alias). */
    public static Extractor extractor(ChatGateway chat, String model, int attempts) {
        return new Extractor(new GatewayExtractionModel(chat, model), attempts);
    }

    private static CollectionInfo collection(RagEngine rag, KnowledgeSettings s) {
        return rag.collections().list().stream().filter(c -> c.name().equals(s.collection())).findFirst()
                .orElseGet(() -> rag.collections().create(new CollectionSpec(s.collection(), s.embeddingModel(), null, null)));
    }

    public KnowledgeSettings settings() {
        return settings;
    }

    public SqliteMessageStore messages() {
        return messages;
    }

    public SqliteKnowledgeStore knowledge() {
        return knowledge;
    }

    public MessageScorer scorer() {
        return scorer;
    }

    public MessageIntake intake() {
        return intake;
    }

    public KnowledgeReview review() {
        return review;
    }

    public KnowledgeSearch search() {
        return search;
    }
}
