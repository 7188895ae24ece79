package dev.gantry.server.config;

import dev.gantry.agents.AgentSpec;
import dev.gantry.tools.http.HttpToolSettings;
import dev.gantry.tools.mcp.McpServerSettings;
import java.util.List;
import java.util.Set;

/**
 * The {@code tools:} and {@code agents:} sections. Absent: no agents, and the /gantry/agents routes answer 404.
 *
 * @param requiresApproval tools that wait for a person's approval before each call (tools.requires-approval)
 */
public record AgentSettings(List<HttpToolSettings> httpTools, List<McpServerSettings> mcpServers,
                            Set<String> requiresApproval, List<AgentSpec> agents) {
    public static final AgentSettings NONE = new AgentSettings(List.of(), List.of(), Set.of(), List.of());

    public AgentSettings {
        httpTools = List.copyOf(httpTools);
        mcpServers = List.copyOf(mcpServers);
        requiresApproval = Set.copyOf(requiresApproval);
        agents = List.copyOf(agents);
    }

    public boolean enabled() {
        return !agents.isEmpty();
    }
}
