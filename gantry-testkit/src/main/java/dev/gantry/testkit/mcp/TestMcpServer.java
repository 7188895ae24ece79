package dev.gantry.testkit.mcp;

import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.server.McpServer;
import io.modelcontextprotocol.server.McpServerFeatures.SyncToolSpecification;
import io.modelcontextprotocol.server.McpSyncServer;
import io.modelcontextprotocol.server.transport.StdioServerTransportProvider;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpServerTransportProviderBase;
import java.util.List;
import java.util.Map;

/**
 * A small, real MCP server built with the SDK's server API: "add" (sums two numbers), "fail" (answers isError),
 * "crash" (the process dies mid-call). Run as a subprocess over stdio by the tests ({@link #command()}), or served
 * over HTTP in process ({@link #build} with the SDK's servlet transport).
 */
public final class TestMcpServer {
    private TestMcpServer() {
    }

    /** Runs this server with this JVM's java and class path: what an MCP stdio config's command would be. */
    public static java.util.List<String> command() {
        String javaBin = ProcessHandle.current().info().command().orElse("java");
        return List.of(javaBin, "-cp", System.getProperty("java.class.path"), TestMcpServer.class.getName());
    }

    public static void main(String[] args) throws InterruptedException {
        // ends the process when the client closes its end of stdin: no server outlives its client
        java.io.InputStream stdin = new java.io.FilterInputStream(System.in) {
            @Override
            public int read(byte[] b, int off, int len) throws java.io.IOException {
                int n = super.read(b, off, len);
                if (n < 0) Runtime.getRuntime().halt(0);
                return n;
            }
        };
        build(new StdioServerTransportProvider(McpJsonDefaults.getMapper(), stdin, System.out));
        Thread.currentThread().join(); // the transport's threads serve until stdin closes
    }

    public static McpSyncServer build(McpServerTransportProviderBase provider) {
        var spec = provider instanceof io.modelcontextprotocol.spec.McpStreamableServerTransportProvider s
                ? McpServer.sync(s) : McpServer.sync((io.modelcontextprotocol.spec.McpServerTransportProvider) provider);
        return spec.serverInfo("gantry-test-mcp", "1.0.0")
                .capabilities(McpSchema.ServerCapabilities.builder().tools(true).build())
                .tools(add(), fail(), crash())
                .build();
    }

    private static SyncToolSpecification add() {
        McpSchema.Tool tool = McpSchema.Tool.builder("add", Map.of("type", "object", "required", List.of("a", "b"),
                "properties", Map.of("a", Map.of("type", "number"), "b", Map.of("type", "number"))))
                .description("Adds two numbers").build();
        return new SyncToolSpecification(tool, (exchange, request) -> {
            double sum = ((Number) request.arguments().get("a")).doubleValue() + ((Number) request.arguments().get("b")).doubleValue();
            return McpSchema.CallToolResult.builder().content(List.of(new McpSchema.TextContent(String.valueOf(sum)))).build();
        });
    }

    private static SyncToolSpecification fail() {
        McpSchema.Tool tool = McpSchema.Tool.builder("fail", Map.of("type", "object")).description("Always fails").build();
        return new SyncToolSpecification(tool, (exchange, request) -> McpSchema.CallToolResult.builder()
                .content(List.of(new McpSchema.TextContent("the disk is full"))).isError(true).build());
    }

    private static SyncToolSpecification crash() {
        McpSchema.Tool tool = McpSchema.Tool.builder("crash", Map.of("type", "object")).description("Kills the server").build();
        return new SyncToolSpecification(tool, (exchange, request) -> {
            Runtime.getRuntime().halt(3);
            return null;
        });
    }
}
