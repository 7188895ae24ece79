package dev.gantry.tools.mcp;

import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.client.transport.ServerParameters;
import io.modelcontextprotocol.client.transport.StdioClientTransport;
import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.spec.McpClientTransport;
import io.modelcontextprotocol.spec.McpSchema;
import java.net.http.HttpRequest;

/** Opens an initialized MCP client over the transport the settings name. */
final class McpConnection {
    private McpConnection() {
    }

    static McpSyncClient open(McpServerSettings s) {
        McpSyncClient client = McpClient.sync(transport(s)).requestTimeout(s.timeout()).initializationTimeout(s.timeout())
                .clientInfo(new McpSchema.Implementation("gantry", "0.1.0")).build();
        try {
            client.initialize();
            return client;
        } catch (RuntimeException e) {
            client.close();
            throw e;
        }
    }

    private static McpClientTransport transport(McpServerSettings s) {
        if (s.stdio()) {
            ServerParameters p = ServerParameters.builder(s.command().get(0)).args(s.command().subList(1, s.command().size()))
                    .env(s.env()).build();
            StdioClientTransport t = new StdioClientTransport(p, McpJsonDefaults.getMapper());
            t.setStdErrorHandler(line -> { }); // the server's own log lines; they may hold anything, so they stay out of ours
            return t;
        }
        HttpRequest.Builder request = HttpRequest.newBuilder();
        s.headers().forEach(request::header);
        return HttpClientStreamableHttpTransport.builder(s.url()).requestBuilder(request).connectTimeout(s.timeout()).build();
    }
}
