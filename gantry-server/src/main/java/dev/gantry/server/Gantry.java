package dev.gantry.server;

import dev.gantry.alerts.AlertEngine;
import dev.gantry.core.audit.AuditLog;
import dev.gantry.core.embed.EmbeddingModel;
import dev.gantry.core.chat.ChatModel;
import dev.gantry.core.http.HttpTransport;
import dev.gantry.core.keys.VirtualKey;
import dev.gantry.core.provider.ProviderSettings;
import dev.gantry.gateway.ChatGateway;
import dev.gantry.gateway.EmbeddingGateway;
import dev.gantry.gateway.GatewayParts;
import dev.gantry.gateway.ProviderHandle;
import dev.gantry.gateway.admission.Admission;
import dev.gantry.gateway.cost.PriceCatalogue;
import dev.gantry.embed.onnx.OnnxEmbeddingModel;
import dev.gantry.guard.harmful.HarmfulContentDetector;
import dev.gantry.gateway.embed.CoalescingEmbeddingModel;
import dev.gantry.gateway.route.RouteTable;
import dev.gantry.http.helidon.HelidonHttpTransport;
import dev.gantry.server.rag.GatewayAnswerGenerator;
import dev.gantry.server.rag.RagEngine;
import dev.gantry.http.jdk.JdkHttpTransport;
import dev.gantry.local.Bucket4jRateLimiter;
import dev.gantry.local.CaffeineResponseCache;
import dev.gantry.local.InMemoryBudgetLedger;
import dev.gantry.observe.BatchingUsageLedger;
import dev.gantry.observe.GatewayMetrics;
import dev.gantry.provider.anthropic.AnthropicChatModel;
import dev.gantry.provider.gemini.GeminiChatModel;
import dev.gantry.provider.gemini.GeminiEmbeddingModel;
import dev.gantry.provider.openai.OpenAiChatModel;
import dev.gantry.provider.openai.OpenAiEmbeddingModel;
import dev.gantry.server.agents.AgentWiring;
import dev.gantry.server.alerts.AlertWiring;
import dev.gantry.server.batch.BatchWiring;
import dev.gantry.server.config.GantryConfig;
import dev.gantry.server.guard.GatewayJudge;
import dev.gantry.server.telemetry.LiveStateGauges;
import dev.gantry.server.telemetry.Telemetry;
import dev.gantry.server.guard.GuardDecisionSink;
import dev.gantry.server.guard.GuardWiring;
import dev.gantry.server.http.HttpApi;
import dev.gantry.server.jobs.JobsWiring;
import dev.gantry.store.sqlite.SqliteAlertHistory;
import dev.gantry.store.sqlite.SqliteAuditLog;
import dev.gantry.store.sqlite.SqliteDatabase;
import dev.gantry.store.sqlite.SqliteKeyStore;
import dev.gantry.store.sqlite.SqliteUsageStore;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import dev.gantry.server.cache.SemanticCacheWiring;
import dev.gantry.server.workflows.WorkflowWiring;
import dev.gantry.core.guard.Guardrail;
import dev.gantry.server.knowledge.KnowledgeWiring;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Wiring only: picks the adapters the config names, builds the gateway, starts the HTTP server, and shuts
 * everything down in order (stop taking requests, let streams finish, flush the ledger, close the store).
 */
public final class Gantry implements AutoCloseable {
    /** The actor of audit records the server writes on its own behalf. */
    public static final String AUDIT_ACTOR = "gantry";
    private final SqliteDatabase db;
    private final SqliteAuditLog audit;
    private final GuardDecisionSink guardDecisions;
    private final LiveStateGauges stateGauges;
    private final Telemetry telemetry;
    private final SqliteUsageStore usage;
    private final BatchingUsageLedger ledger;
    private final HttpTransport transport;
    private final RagEngine rag;
    private final GatewayAnswerGenerator.Factory answerers;
    private final HttpApi http;
    private final AlertEngine alerts;
    private final SemanticCacheWiring semanticCache;
    /** The harmful detector's embedding layer (guards.harmful-embedding); null when off. */
    private final OnnxEmbeddingModel guardEmbeddings;
    private final KnowledgeWiring knowledge;
    private final ChatGateway chat;
    private final JobsWiring jobs;
    private final BatchWiring batches;
    private final AgentWiring agents;
    private final WorkflowWiring workflows;
    private volatile boolean ready;

    /** @param serving a server, not a CLI command: only then do alerts run (a CLI command must not notify) */
    private Gantry(GantryConfig config, boolean serving) {
        createDataDir(config);
        db = SqliteDatabase.open(config.dataDir());
        usage = new SqliteUsageStore(db);
        SqliteKeyStore keyStore = new SqliteKeyStore(db);
        audit = new SqliteAuditLog(db);
        ledger = BatchingUsageLedger.builder(usage).maxBatch(config.ledger().batchSize())
                .maxDelay(config.ledger().flushInterval()).capacity(config.ledger().queueCapacity()).build();
        transport = transport(config.server().upstreamClient());
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        GatewayMetrics metrics = new GatewayMetrics(registry);
        AtomicReference<ChatGateway> judgeGateway = new AtomicReference<>();
        guardDecisions = new GuardDecisionSink(audit, registry);
        telemetry = Telemetry.start(config.telemetry(), registry);
        jobs = JobsWiring.open(config.jobs(), db, audit, registry, serving);
        Map<String, ProviderHandle> providers = coalesced(providers(config.providers(), transport), config.embeddingBatching());
        RouteTable routes = new RouteTable(config.models(), providers.keySet(), config.directAddressing());
        InMemoryBudgetLedger budgets = new InMemoryBudgetLedger();
        List<VirtualKey> allKeys = new ArrayList<>(config.keys());
        allKeys.addAll(keyStore.list());
        seedBudgets(budgets, allKeys);
        alerts = !serving ? null : AlertWiring.start(config.alerts(), new AlertWiring.Sources(budgets, usage, config.keys(), keyStore,
                transport, registry, new SqliteAlertHistory(db)));
        semanticCache = new SemanticCacheWiring(config.models(), config.cacheMaxBytes());
        guardEmbeddings = config.guards().harmfulEmbedding() ? guardEmbeddings() : null;
        Guardrail guardrail = GuardWiring.guardrail(config.guards(), guardDecisions, judge(config, judgeGateway), guardEmbeddings);
        GatewayParts parts = GatewayParts.of(routes, providers, PriceCatalogue.shipped().withOverrides(config.prices())
                        .withBatchDiscounts(config.batches().discounts()),
                config.keys(), keyStore, new Bucket4jRateLimiter(), budgets, outcome -> {
                    ledger.record(outcome.usage());
                    metrics.record(outcome.usage(), outcome.overheadNanos(), outcome.fallbacks(), outcome.tokenGapsNanos());
                    telemetry.record(outcome);
                    if (alerts != null) alerts.record(outcome.usage());
                }, guardrail, telemetry.otel(),
                new CaffeineResponseCache(config.cacheMaxBytes()), semanticCache.caching());
        stateGauges = new LiveStateGauges(registry, routes, config.keys(), keyStore, budgets, Clock.systemUTC());
        GantryConfig.Server s = config.server();
        chat = new ChatGateway(parts);
        judgeGateway.set(chat);
        EmbeddingGateway embeddings = new EmbeddingGateway(parts);
        rag = new RagEngine(config.rag(), config.dataDir(), db, transport, embeddings, telemetry.otel());
        answerers = providers.isEmpty() ? ctx -> null : ctx -> new GatewayAnswerGenerator(chat, ctx);
        batches = new BatchWiring(config, transport, db, usage, parts, budgets, keyStore, serving);
        // a CLI command must not spawn MCP servers: agents run only in a server
        agents = new AgentWiring(serving ? config.agents() : dev.gantry.server.config.AgentSettings.NONE, db, chat, telemetry.otel());
        workflows = new WorkflowWiring(config.workflows(), new WorkflowWiring.Parts(db, chat, rag, guardrail, agents.workflowTools(),
                WorkflowWiring.serviceFunctions(), telemetry.otel()));
        knowledge = !config.knowledge().enabled() ? null
                : new KnowledgeWiring(config.knowledge(), new KnowledgeWiring.Parts(db, rag, chat, audit, jobs::enqueue));
        http = new HttpApi(s.host(), s.port(), s.maxBodyBytes(), s.shutdownGrace(), parts, chat, embeddings, usage,
                audit, config.adminKey(), registry, () -> ready, rag, answerers, alerts, config.keys(), keyStore,
                new HttpApi.Features(jobs, batches.routes(s.maxBodyBytes(), parts), agents.agents(), workflows.engine(), knowledge));
    }

    /** Its own ONNX sessions, loaded now so that a server fails at startup rather than on its first guarded request. */
    private static OnnxEmbeddingModel guardEmbeddings() {
        OnnxEmbeddingModel onnx = new OnnxEmbeddingModel();
        onnx.preload(HarmfulContentDetector.EMBEDDING_MODEL);
        return onnx;
    }

    /** The LLM judge of guards.judge, calling through the gateway once it exists; null when not configured. */
    private static GatewayJudge judge(GantryConfig config, AtomicReference<ChatGateway> gateway) {
        var j = config.guards().judge();
        return j == null ? null : new GatewayJudge(gateway::get, j.model(), j.timeout());
    }

    /** Everything but the HTTP server: for CLI commands that work on the data directory in process. */
    public static Gantry open(GantryConfig config) {
        return new Gantry(config, false);
    }

    /** Starts the server on a config built in process; its audit record names no file. */
    public static Gantry start(GantryConfig config) {
        return start(config, ConfigOrigin.IN_PROCESS);
    }

    /** Starts the server; the audit log records that {@code origin} was loaded before the first request. */
    public static Gantry start(GantryConfig config, ConfigOrigin origin) {
        Gantry g = new Gantry(config, true);
        g.audit.append(origin.loadedEvent(config.dataDir()));
        g.http.start();
        g.rag.jobs().resumeUnfinished();
        g.workflows.resumeUnfinished();
        if (g.knowledge != null) g.knowledge.start(g.jobs);
        g.ready = true;
        return g;
    }

    public AuditLog audit() {
        return audit;
    }

    /** Background jobs: features register their handlers with {@code jobs().register(queue, handler, n)}. */
    public JobsWiring jobs() {
        return jobs;
    }

    public RagEngine rag() {
        return rag;
    }

    public dev.gantry.workflows.engine.WorkflowEngine workflows() {
        return workflows.engine();
    }

    /** The gateway's chat route, for in-process work (knowledge evaluation). */
    public ChatGateway chat() {
        return chat;
    }

    /** The knowledge pipeline; null unless knowledge.enabled. */
    public KnowledgeWiring knowledge() {
        return knowledge;
    }

    /** Answers through the gateway's chat route; the factory gives null when no chat provider is configured. */
    public GatewayAnswerGenerator.Factory answerers() {
        return answerers;
    }

    /** Provider batch APIs (for the CLI and tests). */
    public dev.gantry.gateway.batch.ChatBatchService batches() {
        return batches.service();
    }

    public int port() {
        return http.port();
    }

    /** Blocks until everything recorded so far is in the ledger (for tests and the CLI). */
    public void flushLedger() {
        ledger.flush();
    }

    /** Helidon's blocking client runs on the request's own virtual thread; the JDK client adds HTTP/2. */
    private static HttpTransport transport(String name) {
        return "jdk".equals(name) ? new JdkHttpTransport() : new HelidonHttpTransport();
    }

    /** Each provider's embeddings behind a coalescer when embeddings.coalesce is set. */
    private static Map<String, ProviderHandle> coalesced(Map<String, ProviderHandle> providers,
                                                         GantryConfig.EmbeddingBatching batching) {
        if (batching == null) return providers;
        Map<String, ProviderHandle> out = new LinkedHashMap<>();
        providers.forEach((name, h) -> out.put(name, h.embeddings() == null ? h : new ProviderHandle(h.name(), h.type(),
                h.chat(), new CoalescingEmbeddingModel(h.embeddings(), batching.window(), batching.maxInputs()))));
        return out;
    }

    static Map<String, ProviderHandle> providers(List<ProviderSettings> settings, HttpTransport transport) {
        Map<String, ProviderHandle> out = new LinkedHashMap<>();
        for (ProviderSettings p : settings) {
            ChatModel chat = switch (p.type()) {
                case "anthropic" -> new AnthropicChatModel(p, transport);
                case "gemini" -> new GeminiChatModel(p, transport);
                default -> new OpenAiChatModel(p, transport);
            };
            EmbeddingModel embed = switch (p.type()) {
                case "anthropic" -> null;
                case "gemini" -> new GeminiEmbeddingModel(p, transport);
                default -> new OpenAiEmbeddingModel(p, transport);
            };
            out.put(p.name(), new ProviderHandle(p.name(), p.type(), chat, embed));
        }
        return out;
    }

    /** Budgets survive restarts: each budgeted key starts its period with what the ledger says it spent. */
    private void seedBudgets(InMemoryBudgetLedger budgets, List<VirtualKey> keys) {
        Instant now = Instant.now();
        for (VirtualKey k : keys) {
            if (k.budget() == null) continue;
            Instant start = k.budget().period().start(now);
            budgets.seed("key:" + k.name(), start, Admission.toNanos(usage.costSince(k.name(), start)));
        }
    }

    private static void createDataDir(GantryConfig config) {
        try {
            Files.createDirectories(config.dataDir());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the data directory " + config.dataDir().toAbsolutePath()
                    + "; pass --data-dir with a writable path", e);
        }
    }

    @Override
    public void close() {
        ready = false;
        jobs.stopClaiming();
        http.close();
        jobs.close();
        batches.close();
        workflows.close();
        stateGauges.close();
        if (alerts != null) alerts.close();
        agents.close();
        rag.close();
        semanticCache.close();
        if (guardEmbeddings != null) guardEmbeddings.close();
        ledger.close();
        guardDecisions.close();
        telemetry.close();
        usage.close();
        transport.close();
        db.close();
    }
}
