package dev.gantry.server.config;

import dev.gantry.agents.AgentSpec;
import dev.gantry.tools.http.HttpToolSettings;
import dev.gantry.tools.mcp.McpServerSettings;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads the {@code tools:} and {@code agents:} sections; see {@link AgentSettings} and the README's "Agents and tools". */
final class AgentConfig {
    private static final Pattern TOOL_NAME = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    private static final List<String> METHODS = List.of("GET", "POST", "PUT", "PATCH", "DELETE");

    private AgentConfig() {
    }

    static AgentSettings read(Node tools, Node root, Set<String> aliases) {
        List<HttpToolSettings> http = new ArrayList<>();
        List<McpServerSettings> mcp = new ArrayList<>();
        Set<String> approval = new LinkedHashSet<>();
        if (tools != null) {
            Set<String> names = new HashSet<>();
            for (Node t : tools.objects("http")) http.add(httpTool(t, names));
            for (Node m : tools.objects("mcp")) mcp.add(mcpServer(m, names));
            approval.addAll(tools.strings("requires-approval"));
            tools.finish();
        }
        List<AgentSpec> specs = agents(root, aliases, http, mcp.isEmpty());
        return new AgentSettings(http, mcp, approval, specs);
    }

    private static HttpToolSettings httpTool(Node t, Set<String> names) {
        String name = toolName(t, names);
        String description = t.required("description");
        String method = t.string("method", "GET").toUpperCase(java.util.Locale.ROOT);
        if (!METHODS.contains(method)) t.problem("method", "'" + method + "' is not one of " + METHODS);
        String url = t.required("url");
        Map<String, Object> parameters = t.rawMap("parameters");
        List<String> hosts = t.strings("allowed-hosts");
        if (hosts.isEmpty()) t.problem("allowed-hosts", "list the hosts this tool may call, e.g. [api.example.com]");
        HttpToolSettings s = new HttpToolSettings(name == null ? "?" : name, description, parameters, method, url, t.stringMap("headers"), hosts,
                positive(t, "timeout", HttpToolSettings.DEFAULT_TIMEOUT),
                t.integer("max-response-bytes", HttpToolSettings.DEFAULT_MAX_RESPONSE_BYTES, 1), t.bool("allow-private", false));
        t.finish();
        if (name != null && url != null && !hosts.isEmpty()) checkUrl(t, s);
        return s;
    }

    /** The tool's own check (a fixed, allow-listed host), reported as a config problem. */
    private static void checkUrl(Node t, HttpToolSettings s) {
        try {
            new dev.gantry.tools.http.HttpTool(s);
        } catch (IllegalArgumentException e) {
            t.problem("url", e.getMessage());
        }
    }

    private static McpServerSettings mcpServer(Node m, Set<String> names) {
        String name = m.required("name");
        if (name != null && !names.add("mcp:" + name)) m.problem("name", "'" + name + "' is used by two MCP servers");
        List<String> command = m.strings("command");
        String url = m.string("url", null);
        if (command.isEmpty() == (url == null)) {
            m.problem("command", "give exactly one of command (a list: program and arguments, run over stdio) or url (streamable HTTP)");
        }
        McpServerSettings s = new McpServerSettings(name == null ? "?" : name, command.isEmpty() ? List.of("?") : command,
                m.stringMap("env"), null, m.stringMap("headers"), m.string("prefix", ""), positive(m, "timeout", Duration.ofSeconds(30)));
        if (url != null) s = new McpServerSettings(s.name(), List.of(), s.env(), url, s.headers(), s.prefix(), s.timeout());
        m.finish();
        return s;
    }

    private static List<AgentSpec> agents(Node root, Set<String> aliases, List<HttpToolSettings> http, boolean noMcp) {
        List<AgentSpec> out = new ArrayList<>();
        Set<String> names = new HashSet<>();
        Set<String> httpNames = new HashSet<>();
        http.forEach(h -> httpNames.add(h.name()));
        for (Node a : root.objects("agents")) {
            String name = a.required("name");
            if (name != null && !names.add(name)) a.problem("name", "'" + name + "' is used by two agents");
            String model = a.required("model");
            if (model != null && !model.contains("/") && !aliases.contains(model)) {
                a.problem("model", "'" + model + "' is not a model alias; aliases: " + aliases);
            }
            List<String> tools = a.strings("tools");
            // MCP tools are known only once their servers answer: checked at start-up then
            for (String t : tools) {
                if (noMcp && !httpNames.contains(t)) a.problem("tools", "'" + t + "' is not a configured tool; tools: " + httpNames);
            }
            AgentSpec spec = spec(a, name, model, tools);
            a.finish();
            if (spec != null) out.add(spec);
        }
        return out;
    }

    private static AgentSpec spec(Node a, String name, String model, List<String> tools) {
        String prompt = a.string("system-prompt", null);
        int maxSteps = (int) Math.max(1, a.integer("max-steps", 10, 1)); // a problem is reported below 1
        long maxTokens = a.integer("max-tokens", 0, 0);
        BigDecimal maxCost = a.has("max-cost-usd") ? a.decimal("max-cost-usd", null) : null;
        if (maxCost != null && maxCost.signum() <= 0) a.problem("max-cost-usd", "must be above 0, e.g. 0.05");
        Duration timeout = positive(a, "timeout", Duration.ofMinutes(2));
        Duration toolTimeout = positive(a, "tool-timeout", Duration.ofSeconds(30));
        boolean escalation = a.bool("escalation", true);
        if (name == null || model == null) return null;
        return new AgentSpec(name, model, prompt, tools, maxSteps, maxTokens, maxCost, timeout, toolTimeout, escalation);
    }

    private static String toolName(Node t, Set<String> names) {
        String name = t.required("name");
        if (name == null) return null;
        if (!TOOL_NAME.matcher(name).matches()) {
            t.problem("name", "'" + name + "' is not a valid tool name; use 1 to 64 letters, digits, '_' or '-'");
        } else if (!names.add(name)) {
            t.problem("name", "'" + name + "' is used by two tools");
        }
        return name;
    }

    private static Duration positive(Node n, String key, Duration fallback) {
        Duration d = n.duration(key, fallback);
        if (d.isZero() || d.isNegative()) n.problem(key, "must be longer than 0");
        return d;
    }
}
