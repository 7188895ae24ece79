package dev.gantry.server.dashboard;

import static dev.gantry.server.dashboard.DashboardTraffic.ADMIN;
import static dev.gantry.server.dashboard.DashboardTraffic.ALICE;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gantry.core.keys.KeyHashing;
import dev.gantry.server.GantryServerFixture;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The dashboard's JSON APIs over real HTTP, on a ledger filled by real traffic through the fake provider. */
class DashboardApiIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static GantryServerFixture server;

    @BeforeAll
    static void start() throws Exception {
        server = DashboardTraffic.start();
        DashboardTraffic.generate(server);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void should_give_an_overview_whose_series_add_up_to_its_totals() throws Exception {
        JsonNode d = get("/gantry/dashboard/overview?range=1h");

        assertThat(d.get("bucket_seconds").asLong()).isEqualTo(60);
        assertThat(d.get("series")).hasSize(60);
        JsonNode t = d.get("totals");
        assertThat(t.get("requests").asLong()).isEqualTo(DashboardTraffic.REQUESTS);
        assertThat(sum(d.get("series"), "requests")).isEqualTo(DashboardTraffic.REQUESTS);
        assertThat(sum(d.get("series"), "failures")).isEqualTo(t.get("failures").asLong()).isEqualTo(2);
        assertThat(t.at("/latency_ms/p50").isNumber()).isTrue();
        assertThat(t.at("/latency_ms/p99").asDouble()).isGreaterThanOrEqualTo(t.at("/latency_ms/p95").asDouble());
        assertThat(t.at("/overhead_ms/p95").isNumber()).isTrue();
        assertThat(t.get("input_tokens").asLong()).isPositive();
        assertThat(d.at("/cost/today_usd").asDouble()).isPositive().isEqualTo(d.at("/cost/month_usd").asDouble());
        assertThat(d.at("/cache/hit_rate").isNull()).isTrue();
        assertThat(d.at("/cache/note").asText()).isEqualTo("n/a (no request to a cached model in this range)");
    }

    @Test
    void should_leave_empty_buckets_without_percentiles() throws Exception {
        JsonNode first = get("/gantry/dashboard/overview?range=30d").get("series").get(0);

        assertThat(first.get("requests").asLong()).isZero();
        assertThat(first.at("/latency_ms/p50").isNull()).isTrue();
    }

    @Test
    void should_break_down_by_model_provider_key_and_tag_with_spenders_and_slow_routes() throws Exception {
        JsonNode d = get("/gantry/dashboard/breakdowns?range=24h");

        assertThat(groups(d.get("by_key"))).containsExactlyInAnyOrder("alice", "bob");
        assertThat(groups(d.get("by_tag"))).containsExactlyInAnyOrder("search", "support");
        assertThat(groups(d.get("by_model"))).contains("chat", "flaky", "gem");
        assertThat(groups(d.get("by_provider"))).contains("oai", "ant", "gem");
        assertThat(groups(d.get("top_spenders"))).contains("alice");
        assertThat(groups(d.get("slowest_routes"))).anyMatch(r -> r.contains("!rate_limited > ant/fake-claude"));
    }

    @Test
    void should_filter_the_explorer_by_key_status_stream_and_text_newest_first() throws Exception {
        assertThat(column(get("/gantry/dashboard/requests?key=bob"), "key")).hasSize(5).containsOnly("bob");
        assertThat(column(get("/gantry/dashboard/requests?status=failed"), "request_id"))
                .containsExactlyInAnyOrder(DashboardTraffic.FAILED_ID, DashboardTraffic.BLOCKED_ID);
        assertThat(column(get("/gantry/dashboard/requests?stream=true&range=1h"), "stream")).hasSize(2).containsOnly("true");
        assertThat(column(get("/gantry/dashboard/requests?q=ANT/FAKE"), "request_id")).containsExactly(DashboardTraffic.FALLBACK_ID);
        assertThat(column(get("/gantry/dashboard/requests?error=content_filter"), "request_id")).containsExactly(DashboardTraffic.BLOCKED_ID);
        List<String> all = column(get("/gantry/dashboard/requests"), "timestamp");
        assertThat(all).hasSize(DashboardTraffic.REQUESTS).isSortedAccordingTo((a, b) -> b.compareTo(a));
    }

    @Test
    void should_page_through_the_explorer() throws Exception {
        JsonNode first = get("/gantry/dashboard/requests?limit=10");
        JsonNode second = get("/gantry/dashboard/requests?limit=10&offset=10");

        assertThat(first.get("has_more").asBoolean()).isTrue();
        assertThat(second.get("has_more").asBoolean()).isFalse();
        assertThat(first.get("data").size() + second.get("data").size()).isEqualTo(DashboardTraffic.REQUESTS);
    }

    @Test
    void should_show_a_fallback_request_with_its_attempts_tokens_cost_and_timings() throws Exception {
        JsonNode d = get("/gantry/dashboard/requests/" + DashboardTraffic.FALLBACK_ID);

        assertThat(d.get("attempts")).extracting(a -> a.get("provider").asText() + ":" + a.get("outcome").asText())
                .containsExactly("oai:rate_limited", "oai:rate_limited", "ant:ok");
        assertThat(d.get("fallback").asBoolean()).isTrue();
        assertThat(d.at("/tokens/input").asLong()).isPositive();
        assertThat(d.at("/cost/total_usd").asText()).isEqualTo(d.at("/request/cost_usd").asText());
        assertThat(d.at("/cost/parts/output_usd").asText()).isNotBlank();
        JsonNode t = d.get("timings");
        assertThat(t.get("upstream_ms").asDouble() + t.get("overhead_ms").asDouble())
                .isCloseTo(t.get("latency_ms").asDouble(), org.assertj.core.data.Offset.offset(0.01));
        assertThat(d.get("cache").asText()).isEqualTo("not cached (the model has no response cache)");
    }

    @Test
    void should_show_the_guard_decisions_of_a_request() throws Exception {
        JsonNode pii = get("/gantry/dashboard/requests/" + DashboardTraffic.PII_ID).get("guard_decisions");
        JsonNode blocked = get("/gantry/dashboard/requests/" + DashboardTraffic.BLOCKED_ID);

        assertThat(pii).anySatisfy(g -> {
            assertThat(g.get("detector").asText()).isEqualTo("pii");
            assertThat(g.get("action").asText()).isEqualTo("pseudonymize");
        });
        assertThat(blocked.get("guard_decisions")).anySatisfy(g -> assertThat(g.get("action").asText()).isEqualTo("block"));
        assertThat(blocked.get("attempts")).isEmpty();
    }

    @Test
    void should_answer_404_for_an_unknown_request() {
        HttpResponse<String> r = raw("/gantry/dashboard/requests/req-nope", ADMIN);

        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(r.body()).contains("no request 'req-nope' in the ledger");
    }

    @Test
    void should_list_keys_with_limits_and_spend_against_the_budget_without_their_hashes() throws Exception {
        JsonNode keys = get("/gantry/dashboard/keys").get("keys");
        String body = raw("/gantry/dashboard/keys", ADMIN).body();

        JsonNode alice = find(keys, "alice");
        assertThat(alice.at("/budget/limit_usd").asText()).isEqualTo("5");
        assertThat(alice.at("/budget/period").asText()).isEqualTo("month");
        assertThat(Double.parseDouble(alice.at("/budget/spent_usd").asText())).isPositive();
        assertThat(alice.at("/budget/used").asDouble()).isPositive();
        assertThat(alice.at("/today/requests").asLong()).isEqualTo(10);
        assertThat(find(keys, "bob").get("rpm").asLong()).isEqualTo(600);
        assertThat(alice.get("hash_prefix").asText()).hasSize(8);
        assertThat(body).doesNotContain(KeyHashing.sha256(ALICE)).doesNotContain(ALICE);
    }

    @Test
    void should_refuse_every_data_api_without_the_admin_key_in_the_openai_shape() throws Exception {
        for (String path : List.of("/gantry/dashboard/overview", "/gantry/dashboard/breakdowns", "/gantry/dashboard/requests",
                "/gantry/dashboard/requests/" + DashboardTraffic.PII_ID, "/gantry/dashboard/keys")) {
            HttpResponse<String> none = raw(path, null);
            HttpResponse<String> keyNotAdmin = raw(path, ALICE);
            assertThat(none.statusCode()).as(path).isEqualTo(401);
            assertThat(keyNotAdmin.statusCode()).as(path).isEqualTo(401);
            assertThat(JSON.readTree(none.body()).at("/error/message").asText()).contains("dashboard API needs the admin key");
        }
    }

    @Test
    void should_refuse_a_bad_range_or_an_unknown_parameter_naming_it() throws Exception {
        HttpResponse<String> range = raw("/gantry/dashboard/overview?range=2w", ADMIN);
        HttpResponse<String> unknown = raw("/gantry/dashboard/requests?colour=red", ADMIN);
        HttpResponse<String> limit = raw("/gantry/dashboard/requests?limit=5000", ADMIN);
        HttpResponse<String> status = raw("/gantry/dashboard/requests?status=maybe", ADMIN);

        assertThat(range.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(range.body()).at("/error/message").asText()).contains("'2w'").contains("1h, 24h, 7d, 30d");
        assertThat(JSON.readTree(unknown.body()).at("/error/message").asText()).contains("'colour'").contains("key, limit");
        assertThat(JSON.readTree(limit.body()).at("/error/message").asText()).contains("between 1 and 500");
        assertThat(JSON.readTree(status.body()).at("/error/message").asText()).contains("'maybe' is not one of failed, ok");
    }

    private static JsonNode get(String path) throws Exception {
        HttpResponse<String> r = raw(path, ADMIN);
        assertThat(r.statusCode()).as(path + ": " + r.body()).isEqualTo(200);
        return JSON.readTree(r.body());
    }

    private static HttpResponse<String> raw(String path, String key) {
        return key == null ? server.get(path) : server.get(path, "authorization", "Bearer " + key);
    }

    private static long sum(JsonNode series, String field) {
        long n = 0;
        for (JsonNode b : series) n += b.get(field).asLong();
        return n;
    }

    private static List<String> groups(JsonNode rows) {
        List<String> out = new ArrayList<>();
        rows.forEach(r -> out.add(r.get("group").asText()));
        return out;
    }

    private static List<String> column(JsonNode page, String field) {
        List<String> out = new ArrayList<>();
        page.get("data").forEach(r -> out.add(r.get(field).asText()));
        return out;
    }

    private static JsonNode find(JsonNode keys, String name) {
        for (JsonNode k : keys) if (k.get("name").asText().equals(name)) return k;
        throw new AssertionError("no key " + name + " in " + keys);
    }
}
