package dev.gantry.server.agents;

import dev.gantry.agents.Agents;
import dev.gantry.agents.ToolRegistry;
import dev.gantry.core.tool.Tool;
import dev.gantry.core.tool.ToolSource;
import dev.gantry.gateway.ChatGateway;
import dev.gantry.server.config.AgentSettings;
import dev.gantry.store.sqlite.SqliteAgentRunStore;
import dev.gantry.store.sqlite.SqliteDatabase;
import dev.gantry.tools.http.HttpToolSource;
import dev.gantry.tools.mcp.McpServerSettings;
import dev.gantry.tools.mcp.McpToolSource;
import io.opentelemetry.api.OpenTelemetry;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;

/**
 * Builds the agents of the config: tool sources (HTTP tools, MCP servers, and Java functions registered in code as
 * {@link ToolSource} services on the class path), the registry, runs kept in SQLite, model calls through the gateway.
 * The same tools serve workflow tool steps ({@link #workflowTools()}). A CLI command gets no tools: it must not spawn
 * MCP servers.
 */
public final class AgentWiring implements AutoCloseable {
    private final List<ToolSource> sources = new ArrayList<>();
    private final Agents agents;
    private final ToolRegistry registry;

    public AgentWiring(AgentSettings settings, SqliteDatabase db, ChatGateway chat, OpenTelemetry otel) {
        try {
            sources.add(new HttpToolSource(settings.httpTools()));
            for (McpServerSettings m : settings.mcpServers()) sources.add(new McpToolSource(m));
            ServiceLoader.load(ToolSource.class).forEach(sources::add);
            ToolRegistry.Builder registry = ToolRegistry.builder();
            sources.forEach(registry::add);
            settings.requiresApproval().forEach(registry::requireApproval);
            this.registry = registry.build();
            agents = !settings.enabled() ? null : new Agents(settings.agents(), this.registry, new GatewayAgentModel(chat),
                    new SqliteAgentRunStore(db), otel, Clock.systemUTC());
            int interrupted = agents == null ? 0 : agents.failInterrupted();
            if (interrupted > 0) {
                System.getLogger("dev.gantry.agents").log(System.Logger.Level.WARNING,
                        "{0} agent run(s) were running when the server last stopped; marked failed (interrupted)", interrupted);
            }
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    /** The agents, or null when none is configured. */
    public Agents agents() {
        return agents;
    }

    /**
     * The tools a workflow's tool steps may call: every tool except those that need a person's approval (a workflow
     * step has no approval state, so it must not be a way around one).
     */
    public List<Tool> workflowTools() {
        return registry.names().stream().filter(n -> !registry.requiresApproval(n)).map(registry::find).toList();
    }

    @Override
    public void close() {
        if (agents != null) agents.close();
        for (ToolSource s : sources) s.close();
    }
}
