package dev.gantry.tools.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.gantry.core.tool.ToolContext;
import dev.gantry.core.tool.ToolResult;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** HTTP tools against real local HTTP servers (on loopback: the happy paths need allow-private). */
class HttpToolIT {
    HttpServer server;
    HttpServer other;
    final Map<String, String> seen = new ConcurrentHashMap<>();
    final CountDownLatch never = new CountDownLatch(1);
    final ToolContext ctx = new ToolContext("run-1", null, Instant.now().plusSeconds(30));

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/weather/", ex -> {
            seen.put("path", ex.getRequestURI().getRawPath());
            seen.put("query", String.valueOf(ex.getRequestURI().getRawQuery()));
            seen.put("auth", String.valueOf(ex.getRequestHeaders().getFirst("Authorization")));
            reply(ex, 200, "{\"sky\":\"sunny\"}");
        });
        server.createContext("/orders", ex -> {
            seen.put("method", ex.getRequestMethod());
            seen.put("body", new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            reply(ex, 201, "created");
        });
        server.createContext("/big", ex -> reply(ex, 200, "x".repeat(5000)));
        server.createContext("/missing", ex -> reply(ex, 404, "no such order"));
        server.createContext("/slow", ex -> {
            try {
                never.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        server.createContext("/hop", ex -> redirect(ex, "/weather/here"));
        server.start();
        other = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        other.createContext("/", ex -> reply(ex, 200, "other host reached"));
        other.start();
        server.createContext("/away", ex -> redirect(ex, "http://localhost:" + other.getAddress().getPort() + "/"));
    }

    @AfterEach
    void stop() {
        never.countDown();
        server.stop(0);
        other.stop(0);
    }

    private static void reply(HttpExchange ex, int status, String body) throws IOException {
        byte[] b = body.getBytes(StandardCharsets.UTF_8);
        ex.sendResponseHeaders(status, b.length);
        ex.getResponseBody().write(b);
        ex.close();
    }

    private static void redirect(HttpExchange ex, String location) throws IOException {
        ex.getResponseHeaders().add("Location", location);
        ex.sendResponseHeaders(302, -1);
        ex.close();
    }

    private String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private HttpTool tool(String method, String path, boolean allowPrivate, List<String> hosts) {
        return new HttpTool(new HttpToolSettings("t", "test tool", null, method, base() + path,
                Map.of("Authorization", "Bearer s3cret-token"), hosts, Duration.ofMillis(1500), 1000, allowPrivate));
    }

    private HttpTool tool(String method, String path) {
        return tool(method, path, true, List.of("127.0.0.1"));
    }

    @Test
    void should_fill_the_url_template_with_encoded_arguments_and_send_the_headers() {
        ToolResult r = tool("GET", "/weather/{city}?days={days}").call("{\"city\":\"São Paulo/../x\",\"days\":3}", ctx);

        assertThat(r).isEqualTo(ToolResult.ok("{\"sky\":\"sunny\"}"));
        assertThat(seen.get("path")).isEqualTo("/weather/S%C3%A3o%20Paulo%2F..%2Fx");
        assertThat(seen.get("query")).isEqualTo("days=3");
        assertThat(seen.get("auth")).isEqualTo("Bearer s3cret-token");
    }

    @Test
    void should_send_the_arguments_as_a_json_body_for_post() {
        ToolResult r = tool("POST", "/orders").call("{\"item\":\"book\",\"qty\":2}", ctx);

        assertThat(r.isError()).isFalse();
        assertThat(seen.get("method")).isEqualTo("POST");
        assertThat(seen.get("body")).isEqualTo("{\"item\":\"book\",\"qty\":2}");
    }

    @Test
    void should_cut_a_long_response_and_say_so() {
        ToolResult r = tool("GET", "/big").call("{}", ctx);

        assertThat(r.content()).startsWith("x".repeat(1000) + "\n").endsWith("[response cut at 1000 bytes: it was longer]");
    }

    @Test
    void should_return_an_error_status_as_an_error_result() {
        assertThat(tool("GET", "/missing").call("{}", ctx)).isEqualTo(ToolResult.error("HTTP 404: no such order"));
    }

    @Test
    void should_give_up_at_the_timeout() {
        assertThat(tool("GET", "/slow").call("{}", ctx))
                .isEqualTo(ToolResult.error("the endpoint did not answer within 1500 ms"));
    }

    @Test
    void should_follow_a_redirect_on_the_same_host_only() {
        assertThat(tool("GET", "/hop").call("{}", ctx).content()).isEqualTo("{\"sky\":\"sunny\"}");
        HttpTool away = tool("GET", "/away", true, List.of("127.0.0.1", "localhost"));
        assertThat(away.call("{}", ctx))
                .isEqualTo(ToolResult.error("the endpoint redirected to another host (localhost); not followed"));
    }

    @Test
    void should_refuse_loopback_without_allow_private() {
        ToolResult r = tool("GET", "/weather/{city}", false, List.of("127.0.0.1")).call("{\"city\":\"Oslo\"}", ctx);

        assertThat(r.isError()).isTrue();
        assertThat(r.content()).contains("resolves to a loopback address (127.0.0.1); refused");
        assertThat(seen).isEmpty();
    }

    @Test
    void should_refuse_a_host_name_that_resolves_to_loopback_through_dns() {
        HttpTool t = new HttpTool(new HttpToolSettings("t", "d", null, "GET",
                "http://localhost:" + server.getAddress().getPort() + "/weather/x", Map.of(), List.of("localhost"),
                Duration.ofSeconds(2), 1000, false));

        assertThat(t.call("{}", ctx).content()).contains("host 'localhost' resolves to a loopback address");
        assertThat(seen).isEmpty();
    }

    @Test
    void should_refuse_a_public_looking_name_that_resolves_to_a_private_address() throws Exception {
        InetAddress internal = InetAddress.getByAddress("intranet.example.com", new byte[] {10, 0, 0, 7});
        HttpTool t = new HttpTool(new HttpToolSettings("t", "d", null, "GET", "https://intranet.example.com/x", Map.of(),
                List.of("*.example.com"), Duration.ofSeconds(2), 1000, false), host -> new InetAddress[] {internal});

        assertThat(t.call("{}", ctx).content())
                .isEqualTo("host 'intranet.example.com' resolves to a private address (10.0.0.7); refused "
                        + "(set allow-private: true for tools meant to reach internal services)");
    }

    @Test
    void should_refuse_a_config_whose_arguments_could_choose_the_host() {
        assertThatThrownBy(() -> new HttpTool(new HttpToolSettings("t", "d", null, "GET", "https://{host}/x", Map.of(),
                List.of("api.example.com"), Duration.ofSeconds(1), 10, false))).hasMessageContaining("placeholder in the host");
        assertThatThrownBy(() -> new HttpTool(new HttpToolSettings("t", "d", null, "GET", "https://evil.com/x", Map.of(),
                List.of("api.example.com"), Duration.ofSeconds(1), 10, false))).hasMessageContaining("not in allowed-hosts");
    }

    @Test
    void should_name_a_missing_url_argument() {
        assertThat(tool("GET", "/weather/{city}").call("{}", ctx))
                .isEqualTo(ToolResult.error("argument 'city' is required by the URL; pass it"));
    }

    @Test
    void should_never_print_header_values() {
        assertThat(tool("GET", "/x").toString()).doesNotContain("s3cret").contains("Authorization");
    }
}
