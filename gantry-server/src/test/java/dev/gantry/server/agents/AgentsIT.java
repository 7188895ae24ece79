package dev.gantry.server.agents;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.gantry.core.audit.AuditRecord;
import dev.gantry.core.chat.ToolCall;
import dev.gantry.core.keys.KeyHashing;
import dev.gantry.server.GantryServerFixture;
import dev.gantry.testkit.FakeScript;
import dev.gantry.testkit.RecordedRequest;
import dev.gantry.testkit.mcp.TestMcpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Agents end to end through the real server: the fake provider scripts the model's answers and tool calls, HTTP
 * tools call a real local HTTP server, an MCP tool runs in a real MCP server subprocess over stdio, runs are kept in
 * SQLite and read back over the API, approvals are audited.
 */
class AgentsIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TEAM_A = "gk-team-a-secret";
    private static final String TEAM_B = "gk-team-b-secret";
    private static final String ADMIN = "adm-agents-secret";
    private static final AtomicInteger FLAKY = new AtomicInteger();
    private static final List<String> REFUNDS = new ArrayList<>();
    private static volatile CountDownLatch pair = new CountDownLatch(2);
    private static HttpServer tools;
    private static GantryServerFixture f;

    @BeforeAll
    static void start() throws IOException {
        tools = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        tools.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        tools.createContext("/stock/", AgentsIT::stock);
        tools.createContext("/flaky", ex -> reply(ex, FLAKY.getAndIncrement() == 0 ? 503 : 200,
                FLAKY.get() == 1 ? "warehouse offline" : "{\"ok\":true}"));
        tools.createContext("/refund", ex -> {
            synchronized (REFUNDS) {
                REFUNDS.add(new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            }
            reply(ex, 200, "refund booked");
        });
        tools.start();
        f = GantryServerFixture.start(config("http://127.0.0.1:" + tools.getAddress().getPort()), Map.of("ADMIN", ADMIN));
    }

    @AfterAll
    static void stop() {
        if (f != null) f.close();
        tools.stop(0);
    }

    @BeforeEach
    void fresh() {
        f.fake.reset();
    }

    /** Answers only once both calls of a pair are in: proves the agent ran them at the same time. */
    private static void stock(HttpExchange ex) throws IOException {
        String sku = ex.getRequestURI().getPath().substring("/stock/".length());
        pair.countDown();
        boolean together;
        try {
            together = pair.await(15, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            together = false;
        }
        reply(ex, 200, "{\"sku\":\"" + sku + "\",\"count\":3,\"together\":" + together + "}");
    }

    private static void reply(HttpExchange ex, int status, String body) throws IOException {
        byte[] b = body.getBytes(StandardCharsets.UTF_8);
        ex.sendResponseHeaders(status, b.length);
        ex.getResponseBody().write(b);
        ex.close();
    }

    private static String config(String toolsUrl) {
        StringBuilder command = new StringBuilder();
        for (String part : TestMcpServer.command()) command.append("\n        - ").append(quoted(part));
        return """
                admin-key: ${ADMIN}
                keys:
                  - {name: team-a, key-hash: %s}
                  - {name: team-b, key-hash: %s}
                tools:
                  requires-approval: [refund]
                  http:
                    - name: stock
                      description: Units in stock for a SKU
                      url: %s/stock/{sku}
                      allowed-hosts: [127.0.0.1]
                      allow-private: true
                      parameters: {type: object, required: [sku], additionalProperties: false, properties: {sku: {type: string}}}
                    - {name: flaky, description: Warehouse status, url: "%s/flaky", allowed-hosts: [127.0.0.1], allow-private: true}
                    - name: refund
                      description: Refunds an order
                      method: POST
                      url: %s/refund
                      allowed-hosts: [127.0.0.1]
                      allow-private: true
                      parameters: {type: object, required: [order], properties: {order: {type: string}}}
                  mcp:
                    - name: calc
                      prefix: calc_
                      command:%s
                agents:
                  - name: shop
                    model: chat
                    system-prompt: You run the shop.
                    tools: [stock, flaky, refund, calc_add, order_status]
                    max-steps: 4
                    timeout: 30s
                  - {name: tight, model: chat, tools: [stock], max-cost-usd: 0.0015}
                  - {name: quick, model: chat, timeout: 300ms}
                """.formatted(KeyHashing.sha256(TEAM_A), KeyHashing.sha256(TEAM_B), toolsUrl, toolsUrl, toolsUrl, command);
    }

    private static String quoted(String s) {
        try {
            return JSON.writeValueAsString(s);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ToolCall call(String id, String name, String args) {
        return new ToolCall(id, name, args);
    }

    private static JsonNode run(String agent, String input, String key) throws IOException {
        HttpResponse<String> r = f.post("/gantry/agents/" + agent + "/runs", JSON.writeValueAsString(Map.of("input", input)),
                "authorization", "Bearer " + key);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return JSON.readTree(r.body());
    }

    /** The content of the tool messages the model received in its request number {@code i}. */
    private static List<String> toolResults(int i) {
        RecordedRequest r = f.fake.requests().get(i);
        List<String> out = new ArrayList<>();
        r.json().get("messages").forEach(m -> {
            if ("tool".equals(m.get("role").asText())) out.add(m.get("content").asText());
        });
        return out;
    }

    @Test
    void should_run_parallel_tool_calls_and_answer() throws IOException {
        pair = new CountDownLatch(2);
        f.fake.enqueue(FakeScript.toolCalls(call("c1", "stock", "{\"sku\":\"A-1\"}"), call("c2", "stock", "{\"sku\":\"B-2\"}")),
                FakeScript.text("Both are in stock."));

        JsonNode run = run("shop", "Are A-1 and B-2 in stock?", TEAM_A);

        assertThat(run.get("status").asText()).isEqualTo("completed");
        assertThat(run.get("answer").asText()).isEqualTo("Both are in stock.");
        assertThat(toolResults(1)).containsExactly("{\"sku\":\"A-1\",\"count\":3,\"together\":true}",
                "{\"sku\":\"B-2\",\"count\":3,\"together\":true}");
        assertThat(f.fake.requests().get(0).systemText()).isEqualTo("You run the shop.");
        assertThat(new java.math.BigDecimal(run.get("cost_usd").asText())).isPositive();
    }

    @Test
    void should_let_the_model_correct_invalid_arguments() throws IOException {
        pair = new CountDownLatch(1);
        f.fake.enqueue(FakeScript.toolCalls(call("c1", "stock", "{\"code\":\"A-1\"}")),
                FakeScript.toolCalls(call("c2", "stock", "{\"sku\":\"A-1\"}")), FakeScript.text("3 left."));

        JsonNode run = run("shop", "How many A-1?", TEAM_A);

        assertThat(run.get("answer").asText()).isEqualTo("3 left.");
        assertThat(toolResults(1)).singleElement().asString().contains("do not match its schema").contains("sku");
        assertThat(toolResults(2).get(1)).contains("\"count\":3");
    }

    @Test
    void should_hand_a_tool_error_to_the_model_which_retries() throws IOException {
        FLAKY.set(0);
        f.fake.enqueue(FakeScript.toolCalls(call("c1", "flaky", "{}")), FakeScript.toolCalls(call("c2", "flaky", "{}")),
                FakeScript.text("The warehouse is fine."));

        JsonNode run = run("shop", "Warehouse status?", TEAM_A);

        assertThat(run.get("status").asText()).isEqualTo("completed");
        assertThat(toolResults(1)).containsExactly("HTTP 503: warehouse offline");
        assertThat(toolResults(2).get(1)).isEqualTo("{\"ok\":true}");
    }

    @Test
    void should_stop_at_the_step_limit() throws IOException {
        pair = new CountDownLatch(1);
        for (int i = 0; i < 6; i++) f.fake.enqueue(FakeScript.toolCalls(call("c" + i, "calc_add", "{\"a\":1,\"b\":1}")));

        JsonNode run = run("shop", "Loop forever", TEAM_A);

        assertThat(run.get("status").asText()).isEqualTo("stopped");
        assertThat(run.get("stop_reason").asText()).isEqualTo("max_steps");
        assertThat(run.get("model_calls").asInt()).isEqualTo(4);
        assertThat(f.fake.requests()).hasSize(4);
    }

    @Test
    void should_stop_when_the_cost_budget_is_spent() throws IOException {
        pair = new CountDownLatch(1);
        for (int i = 0; i < 5; i++) {
            f.fake.enqueue(FakeScript.toolCalls(call("c" + i, "stock", "{\"sku\":\"A\"}")).usage(1000, 0, 0, 0, 0));
        }

        JsonNode run = run("tight", "Check stock again and again", TEAM_A);

        assertThat(run.get("stop_reason").asText()).isEqualTo("cost_budget");
        assertThat(run.get("cost_usd").asText()).isEqualTo("0.002"); // 1000 input tokens at 1 USD per million, twice
        assertThat(f.fake.requests()).hasSize(2);
    }

    @Test
    void should_stop_at_the_timeout() throws IOException {
        f.fake.enqueue(FakeScript.stall(Duration.ofSeconds(10)));

        JsonNode run = run("quick", "Take your time", TEAM_A);

        assertThat(run.get("status").asText()).isEqualTo("stopped");
        assertThat(run.get("stop_reason").asText()).isEqualTo("timeout");
    }

    @Test
    void should_call_an_mcp_tool_over_stdio() throws IOException {
        f.fake.enqueue(FakeScript.toolCalls(call("c1", "calc_add", "{\"a\":2,\"b\":3}")), FakeScript.text("Five."));

        JsonNode run = run("shop", "2 + 3?", TEAM_A);

        assertThat(run.get("answer").asText()).isEqualTo("Five.");
        assertThat(toolResults(1)).containsExactly("5.0");
        assertThat(f.fake.requests().get(0).json().get("tools").toString()).contains("calc_add").contains("Adds two numbers");
    }

    @Test
    void should_call_a_java_function_registered_in_code() throws IOException {
        f.fake.enqueue(FakeScript.toolCalls(call("c1", "order_status", "{\"order\":\"O-1\"}")), FakeScript.text("Shipped."));

        JsonNode run = run("shop", "Where is O-1?", TEAM_A);

        assertThat(run.get("answer").asText()).isEqualTo("Shipped.");
        assertThat(toolResults(1)).containsExactly("{\"order\":\"O-1\",\"status\":\"shipped\"}");
    }

    @Test
    void should_wait_for_approval_then_run_the_approved_call_and_audit_it() throws IOException {
        f.fake.enqueue(FakeScript.toolCalls(call("c1", "refund", "{\"order\":\"O-7\"}")), FakeScript.text("Refunded O-7."));

        JsonNode waiting = run("shop", "Refund order O-7", TEAM_A);

        assertThat(waiting.get("status").asText()).isEqualTo("waiting_approval");
        assertThat(waiting.get("pending").get(0).get("name").asText()).isEqualTo("refund");
        assertThat(REFUNDS).doesNotContain("{\"order\":\"O-7\"}");
        String id = waiting.get("id").asText();

        HttpResponse<String> approved = f.post("/gantry/agents/runs/" + id + "/approve", "{\"reason\":\"customer is right\"}",
                "authorization", "Bearer " + TEAM_A);

        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
        JsonNode done = JSON.readTree(approved.body());
        assertThat(done.get("status").asText()).isEqualTo("completed");
        assertThat(done.get("answer").asText()).isEqualTo("Refunded O-7.");
        assertThat(REFUNDS).contains("{\"order\":\"O-7\"}");
        List<AuditRecord> audit = f.gantry.audit().find("agent.approved", id, 10);
        assertThat(audit).singleElement().satisfies(r -> {
            assertThat(r.event().actor()).isEqualTo("team-a");
            assertThat(r.event().details()).containsEntry("tools", "refund").containsEntry("reason", "customer is right");
        });
        JsonNode read = JSON.readTree(f.get("/gantry/agents/runs/" + id, "authorization", "Bearer " + TEAM_A).body());
        assertThat(read.get("steps")).extracting(s -> s.get("kind").asText() + ":" + s.get("outcome").asText())
                .containsExactly("model:ok", "tool:waiting_approval", "approval:approved", "tool:ok", "model:ok");
    }

    @Test
    void should_list_the_runs_waiting_for_approval_to_their_key_and_the_admin_only() throws IOException {
        f.fake.enqueue(FakeScript.toolCalls(call("c1", "refund", "{\"order\":\"O-5\"}")), FakeScript.text("Hi."));
        String waiting = run("shop", "Refund order O-5", TEAM_A).get("id").asText();
        run("shop", "Hello", TEAM_A);

        JsonNode mine = JSON.readTree(f.get("/gantry/agents/runs?status=waiting_approval",
                "authorization", "Bearer " + TEAM_A).body());
        JsonNode all = JSON.readTree(f.get("/gantry/agents/runs?agent=shop&limit=500", "authorization", "Bearer " + ADMIN).body());
        JsonNode theirs = JSON.readTree(f.get("/gantry/agents/runs", "authorization", "Bearer " + TEAM_B).body());
        HttpResponse<String> bad = f.get("/gantry/agents/runs?status=paused", "authorization", "Bearer " + ADMIN);

        // other tests of this class share the server, so other waiting runs may be listed too
        assertThat(mine.get("data")).extracting(r -> r.get("id").asText()).contains(waiting);
        assertThat(mine.get("data")).allSatisfy(r -> assertThat(r.get("status").asText()).isEqualTo("waiting_approval"));
        assertThat(all.get("data").size()).isGreaterThanOrEqualTo(2);
        assertThat(theirs.get("data")).extracting(r -> r.get("id").asText()).doesNotContain(waiting);
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("'paused'").contains("waiting_approval");
    }

    @Test
    void should_tell_the_model_who_rejected_and_why() throws IOException {
        f.fake.enqueue(FakeScript.toolCalls(call("c1", "refund", "{\"order\":\"O-8\"}")), FakeScript.text("Not refunded."));
        String id = run("shop", "Refund order O-8", TEAM_A).get("id").asText();

        HttpResponse<String> rejected = f.post("/gantry/agents/runs/" + id + "/reject", "{\"reason\":\"over the limit\"}",
                "authorization", "Bearer " + ADMIN);

        assertThat(rejected.statusCode()).as(rejected.body()).isEqualTo(200);
        assertThat(toolResults(1)).containsExactly("rejected by admin: over the limit");
        assertThat(REFUNDS).doesNotContain("{\"order\":\"O-8\"}");
        assertThat(f.gantry.audit().find("agent.rejected", id, 10)).hasSize(1);
        HttpResponse<String> again = f.post("/gantry/agents/runs/" + id + "/approve", "", "authorization", "Bearer " + ADMIN);
        assertThat(again.statusCode()).isEqualTo(409);
    }

    @Test
    void should_refuse_a_reason_that_looks_like_a_secret_and_keep_the_run_waiting() throws IOException {
        f.fake.enqueue(FakeScript.toolCalls(call("c1", "refund", "{\"order\":\"O-9\"}")), FakeScript.text("Done."));
        String id = run("shop", "Refund order O-9", TEAM_A).get("id").asText();

        HttpResponse<String> r = f.post("/gantry/agents/runs/" + id + "/approve", "{\"reason\":\"use Bearer abcdefghijkl\"}",
                "authorization", "Bearer " + TEAM_A);

        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("looks like a secret").doesNotContain("abcdefghijkl");
        JsonNode read = JSON.readTree(f.get("/gantry/agents/runs/" + id, "authorization", "Bearer " + TEAM_A).body());
        assertThat(read.get("status").asText()).isEqualTo("waiting_approval");
    }

    @Test
    void should_hide_a_run_from_other_keys_and_refuse_no_key() throws IOException {
        f.fake.enqueue(FakeScript.text("Hi."));
        String id = run("shop", "Hello", TEAM_A).get("id").asText();

        assertThat(f.get("/gantry/agents/runs/" + id, "authorization", "Bearer " + TEAM_B).statusCode()).isEqualTo(404);
        assertThat(f.get("/gantry/agents/runs/" + id, "authorization", "Bearer " + ADMIN).statusCode()).isEqualTo(200);
        assertThat(f.post("/gantry/agents/shop/runs", "{\"input\":\"x\"}").statusCode()).isEqualTo(401);
        HttpResponse<String> unknown = f.post("/gantry/agents/nobody/runs", "{\"input\":\"x\"}", "authorization", "Bearer " + TEAM_A);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("there is no agent 'nobody'");
    }
}
