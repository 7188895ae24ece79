package dev.gantry.server.http;

import dev.gantry.alerts.AlertEngine;
import dev.gantry.core.audit.AuditLog;
import dev.gantry.core.usage.UsageStore;
import dev.gantry.gateway.ChatGateway;
import dev.gantry.gateway.EmbeddingGateway;
import dev.gantry.gateway.GatewayParts;
import dev.gantry.server.rag.GatewayAnswerGenerator;
import dev.gantry.server.rag.RagBindings;
import dev.gantry.server.jobs.JobsWiring;
import dev.gantry.server.rag.RagEngine;
import dev.gantry.server.knowledge.KnowledgeWiring;
import io.helidon.webserver.WebServer;
import io.helidon.webserver.http.HttpRouting;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import dev.gantry.core.keys.KeyStore;
import dev.gantry.core.keys.VirtualKey;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import dev.gantry.agents.Agents;
import dev.gantry.workflows.engine.WorkflowEngine;
import java.util.function.Supplier;
import java.util.function.BooleanSupplier;

/** The HTTP server (Helidon SE 4, a virtual thread per request): routes only, logic lives in the gateway. */
public final class HttpApi implements AutoCloseable {
    private final WebServer server;

    /**
     * The optional features' parts, each registering its own routes.
     *
     * @param batchRoutes /gantry/batches, wired by the batch feature
     * @param agents      null when no agent is configured (the routes then say so)
     * @param knowledge   null when the pipeline is off (the routes then say how to turn it on)
     */
    public record Features(JobsWiring jobs, Consumer<HttpRouting.Builder> batchRoutes, Agents agents,
                           WorkflowEngine workflows, KnowledgeWiring knowledge) {
    }

    public HttpApi(String host, int port, long maxBody, Duration shutdownGrace, GatewayParts parts, ChatGateway chat,
                   EmbeddingGateway embeddings, UsageStore usage, AuditLog audit, String adminKey, PrometheusMeterRegistry metrics,
                   BooleanSupplier ready, RagEngine rag, GatewayAnswerGenerator.Factory answerers, AlertEngine alerts,
                   List<VirtualKey> configuredKeys, KeyStore keyStore, Features features) {
        RagBindings bindings = new RagBindings(rag.settings().bindings(), rag);
        PlatformHandlers platform = new PlatformHandlers(parts.routes(), metrics, ready);
        UsageHandler usageApi = new UsageHandler(usage, new AdminGuard("usage", adminKey, parts.authenticator()));
        AuditHandler auditApi = new AuditHandler(audit, new AdminGuard("audit", adminKey, parts.authenticator()));
        AlertsHandler alertsApi = new AlertsHandler(alerts, new AdminGuard("alerts", adminKey, parts.authenticator()));
        HttpRouting.Builder routing = HttpRouting.builder()
                .post("/v1/chat/completions", new ChatCompletionsHandler(chat, maxBody, bindings))
                .post("/chat/completions", new ChatCompletionsHandler(chat, maxBody, bindings))
                .post("/v1/messages", new MessagesHandler(chat, maxBody))
                .post("/v1/embeddings", new EmbeddingsHandler(embeddings, chat, maxBody))
                .get("/v1/models", platform::models)
                .get("/healthz", platform::health)
                .get("/readyz", platform::readiness)
                .get("/metrics", platform::metrics)
                .get("/gantry/usage", usageApi::records)
                .get("/gantry/usage/summary", usageApi::summary)
                .get("/gantry/audit", auditApi::records)
                .get("/gantry/alerts", alertsApi::alerts);
        dashboard(parts, usage, audit, new AdminGuard("dashboard", adminKey, parts.authenticator()), configuredKeys, keyStore)
                .register(routing);
        new DashboardAssets().register(routing);
        RagRoute ragRoute = new RagRoute(parts.authenticator(), adminKey, maxBody);
        new RagAdminHandlers(ragRoute, rag.collections(), rag.jobs(), rag.uploads()).register(routing);
        new RagQueryHandlers(ragRoute, rag, answerers).register(routing);
        register(routing, features, ragRoute, parts, adminKey, audit, maxBody, platform);
        routing.any(platform::notFound);
        server = WebServer.builder()
                .host(host)
                .port(port)
                .shutdownGracePeriod(shutdownGrace)
                // small SSE writes must leave at once, not wait for Nagle (measured in bench/serverchoice)
                .connectionOptions(o -> o.tcpNoDelay(true))
                .routing(routing)
                .build();
    }

    private static void register(HttpRouting.Builder routing, Features f, RagRoute ragRoute, GatewayParts parts,
                                 String adminKey, AuditLog audit, long maxBody, PlatformHandlers platform) {
        new JobsHandler(f.jobs(), new AdminGuard("jobs", adminKey, parts.authenticator())).register(routing);
        f.batchRoutes().accept(routing);
        new AgentHandlers(ragRoute, f.agents(), parts.authenticator(), adminKey, audit).register(routing);
        new WorkflowHandlers(ragRoute, f.workflows()).register(routing);
        if (f.knowledge() != null) {
            new KnowledgeHandlers(ragRoute, new AdminGuard("knowledge review", adminKey, parts.authenticator()),
                    f.knowledge(), maxBody).register(routing);
        } else {
            routing.any("/v1/knowledge/*", platform::knowledgeOff);
        }
    }

    private static DashboardHandler dashboard(GatewayParts parts, UsageStore usage, AuditLog audit, AdminGuard guard,
                                              List<VirtualKey> configuredKeys, KeyStore keyStore) {
        Supplier<List<DashboardKeys.DashboardKey>> keys = () -> {
            List<DashboardKeys.DashboardKey> all = new ArrayList<>();
            configuredKeys.forEach(k -> all.add(new DashboardKeys.DashboardKey(k, "config")));
            keyStore.list().forEach(k -> all.add(new DashboardKeys.DashboardKey(k, "store")));
            return all;
        };
        return new DashboardHandler(guard, new DashboardOverview(usage), new DashboardBreakdowns(usage),
                new DashboardExplorer(usage, audit, parts.costs()), new DashboardKeys(usage, keys), new DashboardCost(usage),
                Clock.systemUTC());
    }

    public HttpApi start() {
        server.start();
        return this;
    }

    public int port() {
        return server.port();
    }

    @Override
    public void close() {
        server.stop();
    }
}
