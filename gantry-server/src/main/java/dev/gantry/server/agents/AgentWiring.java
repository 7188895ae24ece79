package dev.gantry.server.agents;

import dev.gantry.agents.Agents;
import dev.gantry.agents.ToolRegistry;
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
 * With no agents configured nothing is started (no MCP server is spawned).
 */
public final class AgentWiring implements AutoCloseable {
    private final List<ToolSource> sources = new ArrayList<>();
    private final Agents agents;

    public AgentWiring(AgentSettings settings, SqliteDatabase db, ChatGateway chat, OpenTelemetry otel) {
        if (!settings.enabled()) {
            agents = null;
            return;
        }
        try {
            sources.add(new HttpToolSource(settings.httpTools()));
            for (McpServerSettings m : settings.mcpServers()) sources.add(new McpToolSource(m));
            ServiceLoader.load(ToolSource.class).forEach(sources::add);
            ToolRegistry.Builder registry = ToolRegistry.builder();
            sources.forEach(registry::add);
            settings.requiresApproval().forEach(registry::requireApproval);
            agents = new Agents(settings.agents(), registry.build(), new GatewayAgentModel(chat),
                    new SqliteAgentRunStore(db), otel, Clock.systemUTC());
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    /** The agents, or null when none is configured. */
    public Agents agents() {
        return agents;
    }

    @Override
    public void close() {
        if (agents != null) agents.close();
        for (ToolSource s : sources) s.close();
    }
}
