package dev.gantry.agents;

import dev.gantry.core.tool.Tool;
import dev.gantry.core.tool.ToolSource;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Every tool the agents may use, by name: functions registered in code, HTTP tools, the tools of MCP servers.
 * Names are unique across sources (a clash is an error naming both sources). Tools marked as requiring approval
 * wait for a person before they run.
 */
public final class ToolRegistry {
    private final Map<String, Tool> tools;
    private final Map<String, String> sources;
    private final Set<String> approval;

    private ToolRegistry(Map<String, Tool> tools, Map<String, String> sources, Set<String> approval) {
        this.tools = Collections.unmodifiableMap(tools);
        this.sources = Collections.unmodifiableMap(sources);
        this.approval = Set.copyOf(approval);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The tool, or null when none has this name. */
    public Tool find(String name) {
        return tools.get(name);
    }

    public boolean requiresApproval(String name) {
        return approval.contains(name);
    }

    /** Sorted, for error messages. */
    public Set<String> names() {
        return new TreeSet<>(tools.keySet());
    }

    /** The source a tool came from ("code", "http", "mcp:files"), for traces and errors. */
    public String sourceOf(String name) {
        return sources.get(name);
    }

    /** Collects tools; {@link #build()} checks names and approvals. */
    public static final class Builder {
        private final Map<String, Tool> tools = new LinkedHashMap<>();
        private final Map<String, String> sources = new LinkedHashMap<>();
        private final Set<String> approval = new TreeSet<>();
        private final List<String> problems = new ArrayList<>();

        public Builder add(ToolSource source) {
            for (Tool t : source.tools()) add(t, source.name());
            return this;
        }

        public Builder add(Tool tool, String sourceName) {
            String name = tool.spec().name();
            String earlier = sources.get(name);
            if (earlier != null) {
                problems.add("tool '" + name + "' is offered by both " + earlier + " and " + sourceName
                        + "; rename one (an MCP source can take a prefix)");
            } else {
                tools.put(name, tool);
                sources.put(name, sourceName);
            }
            return this;
        }

        /** The tool waits for a person's approval before each call. */
        public Builder requireApproval(String toolName) {
            approval.add(toolName);
            return this;
        }

        public ToolRegistry build() {
            for (String name : approval) {
                if (!tools.containsKey(name)) {
                    problems.add("tool '" + name + "' is marked requires-approval but no source offers it; known: "
                            + new TreeSet<>(tools.keySet()));
                }
            }
            if (!problems.isEmpty()) throw new IllegalArgumentException(String.join("; ", problems));
            return new ToolRegistry(new LinkedHashMap<>(tools), new LinkedHashMap<>(sources), approval);
        }
    }
}
