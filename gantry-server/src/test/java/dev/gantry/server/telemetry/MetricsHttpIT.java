package dev.gantry.server.telemetry;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.core.keys.KeyHashing;
import dev.gantry.server.GantryServerFixture;
import dev.gantry.testkit.FakeScript;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The Prometheus endpoint after real traffic through the fake provider: names, labels and values. */
class MetricsHttpIT {
    private static final String SECRET = "gk-metrics-secret";
    private static GantryServerFixture server;

    @BeforeAll
    static void start() {
        server = GantryServerFixture.start(String.join("\n",
                "keys:",
                "  - {name: team-a, key-hash: " + KeyHashing.sha256(SECRET) + ", budget: {usd: 5, per: month}}",
                ""));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static String chat(String model, boolean stream) {
        return "{\"model\":\"" + model + "\",\"stream\":" + stream
                + ",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}";
    }

    private static double sample(String metrics, String name, String... labels) {
        double sum = 0;
        Matcher m = Pattern.compile("(?m)^" + name + "\\{([^}]*)\\} (\\S+)$").matcher(metrics);
        while (m.find()) {
            boolean all = true;
            for (String l : labels) all &= m.group(1).contains(l);
            if (all) sum += Double.parseDouble(m.group(2));
        }
        return sum;
    }

    private static double delta(String before, String after, String name, String... labels) {
        return sample(after, name, labels) - sample(before, name, labels);
    }

    @Test
    void should_count_requests_tokens_cost_and_time_streams_per_chunk() {
        server.fake.enqueue(FakeScript.text("one two three four five").usage(100, 20, 40, 0, 5));
        server.post("/v1/chat/completions", chat("chat", true), "authorization", "Bearer " + SECRET);
        String m = server.get("/metrics").body();

        assertThat(sample(m, "gantry_requests_total", "model=\"chat\"", "key=\"team-a\"", "status=\"200\"",
                "upstream_model=\"fake-model\"", "stream=\"true\"")).isEqualTo(1);
        assertThat(sample(m, "gantry_time_to_first_token_seconds_count", "model=\"chat\"")).isEqualTo(1);
        assertThat(sample(m, "gantry_inter_token_seconds_count", "model=\"chat\"")).isGreaterThanOrEqualTo(3);
        assertThat(sample(m, "gantry_tokens_total", "model=\"chat\"", "kind=\"input\"")).isEqualTo(60);
        assertThat(sample(m, "gantry_tokens_total", "model=\"chat\"", "kind=\"cached_input\"")).isEqualTo(40);
        assertThat(sample(m, "gantry_tokens_total", "model=\"chat\"", "kind=\"reasoning\"")).isEqualTo(5);
        assertThat(sample(m, "gantry_cost_usd_total", "model=\"chat\"", "key=\"team-a\"")).isPositive();
        assertThat(sample(m, "gantry_request_duration_seconds_bucket", "model=\"chat\"", "le=\"+Inf\"")).isEqualTo(1);
        assertThat(m).contains("gantry_overhead_seconds_bucket{le=");
    }

    @Test
    void should_count_retries_fallbacks_and_failed_attempts_and_show_circuits_and_budgets() throws Exception {
        String before = server.get("/metrics").body();
        server.fake.enqueue(FakeScript.error(503), FakeScript.error(503), FakeScript.text("from claude"));
        server.post("/v1/chat/completions", chat("flaky", false), "authorization", "Bearer " + SECRET);
        String m = server.get("/metrics").body();

        assertThat(delta(before, m, "gantry_retries_total", "model=\"flaky\"")).isEqualTo(2);
        assertThat(delta(before, m, "gantry_fallbacks_total", "model=\"flaky\"")).isEqualTo(1);
        assertThat(delta(before, m, "gantry_upstream_failures_total", "target=\"oai/fake-model\"")).isEqualTo(2);
        assertThat(sample(m, "gantry_circuit_state", "target=\"oai/fake-model\"")).isZero();
        assertThat(m).containsPattern("gantry_circuit_state\\{target=\"ant/fake-claude\"\\} 0");
        assertThat(sample(m, "gantry_key_budget_remaining_usd", "key=\"team-a\"")).isBetween(4.0, 5.0);
    }

    @Test
    void should_export_every_metric_the_shipped_grafana_dashboard_queries() throws Exception {
        server.fake.enqueue(FakeScript.error(503), FakeScript.error(503), FakeScript.text("a b c"));
        server.post("/v1/chat/completions", chat("flaky", true), "authorization", "Bearer " + SECRET);
        String m = server.get("/metrics").body();
        String dashboard = java.nio.file.Files.readString(java.nio.file.Path.of("../docs/grafana/gantry-dashboard.json"));

        Matcher names = Pattern.compile("gantry_[a-z_]+").matcher(dashboard);
        java.util.Set<String> queried = new java.util.TreeSet<>();
        while (names.find()) queried.add(names.group());
        queried.removeIf(n -> n.startsWith("gantry_guard_") || n.equals("gantry_gateway")); // no guards configured here
        assertThat(queried).hasSizeGreaterThan(8).allSatisfy(n -> assertThat(m).contains("\n" + n));
    }
}
