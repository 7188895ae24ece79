package dev.gantry.tools.mcp;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One MCP server to take tools from: a command to spawn (stdio) or a streamable-HTTP URL.
 *
 * @param env     extra environment of the spawned command (values may be secrets: never printed)
 * @param headers sent with every HTTP request (values may be secrets: never printed)
 * @param prefix  put before each tool's name (e.g. "files_"), to keep names apart across servers
 * @param timeout per request (initialize, list, call)
 */
public record McpServerSettings(String name, List<String> command, Map<String, String> env, String url,
                                Map<String, String> headers, String prefix, Duration timeout) {
    public McpServerSettings {
        Objects.requireNonNull(name, "name");
        command = command == null ? List.of() : List.copyOf(command);
        env = env == null ? Map.of() : Map.copyOf(env);
        headers = headers == null ? Map.of() : Map.copyOf(headers);
        prefix = prefix == null ? "" : prefix;
        timeout = timeout == null ? Duration.ofSeconds(30) : timeout;
        if (command.isEmpty() == (url == null)) {
            throw new IllegalArgumentException("MCP server '" + name + "': give exactly one of command (stdio) or url (streamable HTTP)");
        }
    }

    public static McpServerSettings stdio(String name, List<String> command, Duration timeout) {
        return new McpServerSettings(name, command, Map.of(), null, Map.of(), "", timeout);
    }

    public static McpServerSettings http(String name, String url, Duration timeout) {
        return new McpServerSettings(name, List.of(), Map.of(), url, Map.of(), "", timeout);
    }

    public boolean stdio() {
        return !command.isEmpty();
    }

    @Override
    public String toString() {
        return "McpServerSettings[name=" + name + (stdio() ? ", command=" + command.get(0) : ", url=" + url)
                + ", env=" + env.keySet() + ", headers=" + headers.keySet() + " (values hidden)]";
    }
}
