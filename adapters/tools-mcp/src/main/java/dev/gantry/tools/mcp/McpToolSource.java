package dev.gantry.tools.mcp;

import dev.gantry.core.chat.ToolSpec;
import dev.gantry.core.tool.Tool;
import dev.gantry.core.tool.ToolContext;
import dev.gantry.core.tool.ToolResult;
import dev.gantry.core.tool.ToolSource;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.spec.McpSchema;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The tools of one MCP server (stdio subprocess or streamable HTTP). Connects and lists the tools (with the
 * server's schemas) when built, so a server that does not start fails start-up with its name. A call that fails in
 * transport (the process died, the connection dropped) closes the client and is an error result; the next call
 * connects again (a new process for stdio).
 */
public final class McpToolSource implements ToolSource {
    private static final Pattern INVALID = Pattern.compile("[^A-Za-z0-9_-]");
    private final McpServerSettings settings;
    private final List<Tool> tools;
    private McpSyncClient client;

    public McpToolSource(McpServerSettings settings) {
        this.settings = settings;
        try {
            this.client = McpConnection.open(settings);
            this.tools = list(client);
        } catch (RuntimeException e) {
            close();
            throw new IllegalStateException("MCP server '" + settings.name() + "' could not be started or listed ("
                    + describe(e) + "); check its " + (settings.stdio() ? "command" : "url"), e);
        }
    }

    @Override
    public String name() {
        return "mcp:" + settings.name();
    }

    @Override
    public List<Tool> tools() {
        return tools;
    }

    private List<Tool> list(McpSyncClient c) {
        List<Tool> out = new ArrayList<>();
        String cursor = null;
        do {
            McpSchema.ListToolsResult page = cursor == null ? c.listTools() : c.listTools(cursor);
            for (McpSchema.Tool t : page.tools()) out.add(new McpTool(spec(t), t.name()));
            cursor = page.nextCursor();
        } while (cursor != null);
        return List.copyOf(out);
    }

    private ToolSpec spec(McpSchema.Tool t) {
        String name = INVALID.matcher(settings.prefix() + t.name()).replaceAll("_");
        String description = t.description() == null ? (t.title() == null ? t.name() : t.title()) : t.description();
        Map<String, Object> schema = t.inputSchema() == null ? Map.of("type", "object") : t.inputSchema();
        return new ToolSpec(name.length() <= 64 ? name : name.substring(0, 64), description, schema);
    }

    /** Calls the server's tool {@code remoteName}; reconnects first when an earlier call lost the server. */
    ToolResult call(String remoteName, String argumentsJson) {
        Map<String, Object> args;
        try {
            args = arguments(argumentsJson);
        } catch (IOException e) {
            return ToolResult.error("the arguments are not a JSON object");
        }
        McpSyncClient c = null;
        try {
            c = connected();
            return McpContent.result(c.callTool(new McpSchema.CallToolRequest(remoteName, args)));
        } catch (RuntimeException e) {
            drop(c);
            return ToolResult.error("MCP server '" + settings.name() + "' failed on tool '" + remoteName + "' ("
                    + describe(e) + "); it is reconnected on the next call");
        }
    }

    /** The client, opened again when an earlier call lost it. Calls themselves run concurrently. */
    private synchronized McpSyncClient connected() {
        if (client == null) client = McpConnection.open(settings);
        return client;
    }

    /** Forgets a failed client, unless another call already replaced it. */
    private synchronized void drop(McpSyncClient failed) {
        if (failed != null && failed == client) close();
    }

    private static Map<String, Object> arguments(String json) throws IOException {
        if (json == null || json.isBlank()) return new LinkedHashMap<>();
        return McpJsonDefaults.getMapper().readValue(json, new io.modelcontextprotocol.json.TypeRef<LinkedHashMap<String, Object>>() { });
    }

    private static String describe(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) t = t.getCause();
        String m = t.getMessage() == null ? "" : ": " + t.getMessage().lines().findFirst().orElse("");
        String text = t.getClass().getSimpleName() + m;
        return text.length() <= 300 ? text : text.substring(0, 300) + "...";
    }

    @Override
    public synchronized void close() {
        if (client == null) return;
        try {
            client.closeGracefully();
        } catch (RuntimeException ignored) {
            client.close(); // a dead server cannot close gracefully
        }
        client = null;
    }

    /** One tool of the server, under its Gantry name. */
    private final class McpTool implements Tool {
        private final ToolSpec spec;
        private final String remoteName;

        McpTool(ToolSpec spec, String remoteName) {
            this.spec = spec;
            this.remoteName = remoteName;
        }

        @Override
        public ToolSpec spec() {
            return spec;
        }

        @Override
        public ToolResult call(String argumentsJson, ToolContext context) {
            return McpToolSource.this.call(remoteName, argumentsJson);
        }
    }
}
