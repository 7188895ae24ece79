package dev.gantry.server.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gantry.core.keys.KeyHashing;
import dev.gantry.server.ConfigOrigin;
import dev.gantry.server.Gantry;
import dev.gantry.server.GantryServerFixture;
import dev.gantry.server.config.ConfigLoader;
import dev.gantry.testkit.FakeScript;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Test;

/**
 * Alerts end to end: a real server with an alerts: section, real webhook receivers (one fine, one answering 500,
 * one not listening), errors and answers scripted through the fake provider, a budgeted key spent to its limit.
 * Ordered: the last test restarts the server on the same data directory.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AlertsIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ADMIN = "adm-secret";
    private static final String BUDGETED = "gk-budgeted-secret";
    private static final List<String> LOG = new CopyOnWriteArrayList<>();
    /** Held here: JUL keeps loggers weakly, and a collected logger loses its handler. */
    private static final Logger ALERT_LOGGER = Logger.getLogger("dev.gantry.alerts");
    private static final Handler CAPTURE = new Handler() {
        @Override
        public void publish(LogRecord r) {
            LOG.add(r.getMessage() + (r.getThrown() == null ? "" : " " + r.getThrown()));
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private static WebhookReceiver ops;
    private static WebhookReceiver broken;
    private static String downUrl;
    private static GantryServerFixture server;

    @BeforeAll
    static void start() throws IOException {
        ALERT_LOGGER.addHandler(CAPTURE);
        ops = WebhookReceiver.answering(200);
        broken = WebhookReceiver.answering(500);
        try (ServerSocket s = new ServerSocket(0)) {
            downUrl = "http://127.0.0.1:" + s.getLocalPort() + "/services/" + WebhookReceiver.SECRET;
        }
        server = GantryServerFixture.start(alertsYaml(), env());
    }

    static Map<String, String> env() {
        return Map.of("ADMIN_KEY", ADMIN, "OPS_HOOK", ops.url(), "BROKEN_HOOK", broken.url(), "DOWN_HOOK", downUrl);
    }

    static String alertsYaml() {
        return """
                admin-key: ${ADMIN_KEY}
                keys:
                  - {name: budgeted, key-hash: %s, budget: {usd: 0.005, per: day}}
                alerts:
                  evaluate-every: 100ms
                  resolve-after: 0s
                  delivery: {timeout: 1s, attempts: 3, backoff: 20ms, queue: 64}
                  webhooks:
                    - {name: ops, url: ${OPS_HOOK}}
                    - {name: broken, url: ${BROKEN_HOOK}}
                    - {name: down, url: ${DOWN_HOOK}}
                  rules:
                    - {name: chat-errors, kind: error-rate, model: chat, above: 50%%, window: 3s, min-requests: 4}
                    - {name: budget, kind: budget, keys: [budgeted], thresholds: [10, 100], webhooks: [ops]}
                """.formatted(KeyHashing.sha256(BUDGETED));
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
        ops.close();
        broken.close();
        ALERT_LOGGER.removeHandler(CAPTURE);
    }

    @BeforeEach
    void reset() {
        server.fake.reset();
    }

    private static HttpResponse<String> chat(String model) {
        return server.post("/v1/chat/completions", "{\"model\":\"" + model + "\",\"max_tokens\":50,"
                + "\"messages\":[{\"role\":\"user\",\"content\":\"hello there\"}]}", "authorization", "Bearer " + BUDGETED);
    }

    private static JsonNode alerts(String query) throws IOException {
        HttpResponse<String> r = server.get("/gantry/alerts" + query, "authorization", "Bearer " + ADMIN);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return JSON.readTree(r.body());
    }

    private static JsonNode rule(JsonNode alerts, String name) {
        for (JsonNode r : alerts.path("rules")) if (r.path("name").asText().equals(name)) return r;
        throw new AssertionError("no rule " + name + " in " + alerts);
    }

    static void await(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) throw new AssertionError("timed out waiting until " + what);
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    @Test
    @Order(1)
    void should_notify_an_error_rate_once_then_its_recovery_and_keep_requests_unaffected_by_failing_webhooks() throws Exception {
        // four failures: enough for the rule, too few to open the target's circuit breaker (10 calls, 50%)
        for (int i = 0; i < 4; i++) server.fake.enqueue(FakeScript.error(500));
        for (int i = 0; i < 4; i++) assertThat(chat("chat").statusCode()).isEqualTo(502);

        await("ops hears chat-errors firing", () -> ops.posts("chat-errors", "firing").size() == 1);
        JsonNode firing = ops.posts("chat-errors", "firing").getFirst();
        assertThat(firing.path("text").asText()).startsWith(":rotating_light: [FIRING] chat-errors: 100.0% of 4 requests to 'chat' failed");
        assertThat(firing.at("/gantry/subject").asText()).isEqualTo("chat");
        assertThat(firing.at("/gantry/value").asDouble()).isEqualTo(100.0);
        assertThat(rule(alerts(""), "chat-errors").path("state").asText()).isEqualTo("firing");

        await("the broken webhook got its three attempts and the down one failed",
                () -> broken.posts("chat-errors", "firing").size() == 3 && metric("chat-errors", "firing", "failed") == 2);
        Thread.sleep(500); // five more evaluations while the rule stays firing
        assertThat(ops.posts("chat-errors", "firing")).hasSize(1);

        for (int i = 0; i < 20; i++) assertThat(chat("chat").statusCode()).isEqualTo(200);
        await("ops hears chat-errors resolved", () -> ops.posts("chat-errors", "resolved").size() == 1);
        assertThat(ops.posts("chat-errors", "resolved").getFirst().path("text").asText())
                .startsWith(":white_check_mark: [RESOLVED] chat-errors: ").contains("requests to 'chat' failed in the last 3s");
        assertThat(metric("chat-errors", "firing", "delivered")).isEqualTo(1);

        JsonNode after = alerts("");
        assertThat(rule(after, "chat-errors").path("state").asText()).isEqualTo("ok");
        JsonNode history = after.path("history");
        assertThat(history.get(0).path("rule").asText()).isEqualTo("chat-errors");
        assertThat(history.get(0).path("state").asText()).isEqualTo("resolved");
        assertThat(history.findValuesAsText("state")).contains("firing");
        assertThat(alerts("?limit=1").path("history")).hasSize(1);
        assertThat(LOG).anyMatch(l -> l.startsWith("alert state=firing rule=chat-errors kind=error-rate subject=chat"));
        assertThat(LOG).anyMatch(l -> l.contains("not delivered after 3 attempts: webhook=broken"));
        assertThat(LOG).noneMatch(l -> l.contains(WebhookReceiver.SECRET) || l.contains(downUrl));
    }

    @Test
    @Order(3)
    void should_notify_each_budget_threshold_once_and_not_again_after_a_restart() throws Exception {
        int refusedAfter = -1;
        for (int i = 0; i < 200 && refusedAfter < 0; i++) {
            HttpResponse<String> r = chat("claude");
            if (r.statusCode() == 429) refusedAfter = i;
            else assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        }
        assertThat(refusedAfter).as("requests until the budget refused one").isPositive();

        await("ops hears both thresholds", () -> ops.posts("budget", "firing").size() == 2);
        assertThat(ops.posts("budget", "firing")).extracting(p -> p.at("/gantry/level").asInt()).containsExactlyInAnyOrder(10, 100);
        JsonNode rule = rule(alerts(""), "budget");
        assertThat(rule.path("state").asText()).isEqualTo("firing");
        assertThat(rule.path("firing")).extracting(f -> f.path("subject").asText()).containsOnly("budgeted");

        Path config = server.dataDir.getParent().resolve("gantry.yaml");
        server.gantry.close();
        try (Gantry again = Gantry.start(new ConfigLoader(withFakeKey(env())::get).load(config), ConfigOrigin.file(config))) {
            HttpResponse<String> r = get(again, "/gantry/alerts");
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(rule(JSON.readTree(r.body()), "budget").path("state").asText()).isEqualTo("firing");
            Thread.sleep(500); // five evaluations of the restored state
            assertThat(ops.posts("budget", "firing")).hasSize(2);
            assertThat(ops.posts("budget", "resolved")).isEmpty();
        } finally {
            server.fake.close();
            server = null;
        }
    }

    private static Map<String, String> withFakeKey(Map<String, String> env) {
        Map<String, String> out = new java.util.HashMap<>(env);
        out.put("FAKE_KEY", "sk-fake-secret-123");
        return out;
    }

    private static HttpResponse<String> get(Gantry g, String path) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + g.port() + path))
                .header("authorization", "Bearer " + ADMIN).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    @Order(2)
    void should_ask_for_the_admin_key() {
        HttpResponse<String> r = server.get("/gantry/alerts");

        assertThat(r.statusCode()).isEqualTo(401);
        assertThat(r.body()).contains("alerts API needs the admin key");
    }

    /** The value of gantry_alert_notifications_total for one rule, state and outcome, from /metrics. */
    private static long metric(String rule, String state, String outcome) {
        String line = "gantry_alert_notifications_total{outcome=\"" + outcome + "\",rule=\"" + rule + "\",state=\"" + state + "\"} ";
        return server.get("/metrics").body().lines().filter(l -> l.startsWith(line))
                .mapToLong(l -> (long) Double.parseDouble(l.substring(line.length()))).sum();
    }
}
