package dev.gantry.tools.mcp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gantry.core.tool.Tool;
import dev.gantry.core.tool.ToolResult;
import dev.gantry.testkit.mcp.TestMcpServer;
import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.server.McpSyncServer;
import io.modelcontextprotocol.server.transport.HttpServletStreamableServerTransportProvider;
import java.time.Duration;
import java.util.List;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.junit.jupiter.api.Test;

/** MCP tool sources against real MCP servers: a subprocess over stdio, and the SDK's streamable-HTTP servlet in Jetty. */
class McpToolSourceIT {
    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    static List<String> serverCommand() {
        return TestMcpServer.command();
    }

    private static Tool tool(McpToolSource source, String name) {
        return source.tools().stream().filter(t -> t.spec().name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void should_list_the_servers_tools_with_their_schemas_over_stdio() {
        try (McpToolSource s = new McpToolSource(new McpServerSettings("calc", serverCommand(), null, null, null, "calc_", TIMEOUT))) {
            assertThat(s.name()).isEqualTo("mcp:calc");
            assertThat(s.tools()).extracting(t -> t.spec().name()).containsExactlyInAnyOrder("calc_add", "calc_fail", "calc_crash");
            Tool add = tool(s, "calc_add");
            assertThat(add.spec().description()).isEqualTo("Adds two numbers");
            assertThat(add.spec().parameters()).containsEntry("required", List.of("a", "b"));

            assertThat(add.call("{\"a\":2,\"b\":40}", null)).isEqualTo(ToolResult.ok("42.0"));
        }
    }

    @Test
    void should_map_is_error_to_an_error_result() {
        try (McpToolSource s = new McpToolSource(McpServerSettings.stdio("calc", serverCommand(), TIMEOUT))) {
            assertThat(tool(s, "fail").call("{}", null)).isEqualTo(ToolResult.error("the disk is full"));
        }
    }

    @Test
    void should_answer_an_error_when_the_server_dies_and_start_it_again_on_the_next_call() {
        // the SDK notices a dead stdio server only when the request times out: a short timeout keeps the test short
        try (McpToolSource s = new McpToolSource(McpServerSettings.stdio("calc", serverCommand(), Duration.ofSeconds(4)))) {
            ToolResult crashed = tool(s, "crash").call("{}", null);

            assertThat(crashed.isError()).isTrue();
            assertThat(crashed.content()).startsWith("MCP server 'calc' failed on tool 'crash' (")
                    .endsWith("it is reconnected on the next call");
            assertThat(tool(s, "add").call("{\"a\":1,\"b\":1}", null)).isEqualTo(ToolResult.ok("2.0"));
        }
    }

    @Test
    void should_fail_start_up_naming_a_server_that_does_not_start() {
        assertThatThrownBy(() -> new McpToolSource(McpServerSettings.stdio("ghost", List.of("/nonexistent/mcp-server"),
                Duration.ofSeconds(2))))
                .hasMessageStartingWith("MCP server 'ghost' could not be started or listed (").hasMessageEndingWith("check its command");
    }

    @Test
    void should_call_tools_over_streamable_http() throws Exception {
        HttpServletStreamableServerTransportProvider transport = HttpServletStreamableServerTransportProvider.builder()
                .jsonMapper(McpJsonDefaults.getMapper()).mcpEndpoint("/mcp").build();
        McpSyncServer mcp = TestMcpServer.build(transport);
        Server jetty = new Server();
        ServerConnector connector = new ServerConnector(jetty);
        connector.setHost("127.0.0.1");
        jetty.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler();
        context.addServlet(new ServletHolder(transport), "/*");
        jetty.setHandler(context);
        jetty.start();
        try (McpToolSource s = new McpToolSource(McpServerSettings.http("remote",
                "http://127.0.0.1:" + connector.getLocalPort() + "/mcp", TIMEOUT))) {
            assertThat(s.tools()).extracting(t -> t.spec().name()).contains("add", "fail");
            assertThat(tool(s, "add").call("{\"a\":0.5,\"b\":1}", null)).isEqualTo(ToolResult.ok("1.5"));
            assertThat(tool(s, "fail").call("{}", null).isError()).isTrue();
        } finally {
            mcp.close();
            jetty.stop();
        }
    }
}
