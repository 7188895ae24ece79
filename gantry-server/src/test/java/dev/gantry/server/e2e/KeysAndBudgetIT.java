package dev.gantry.server.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gantry.core.keys.KeyHashing;
import dev.gantry.core.usage.UsageGroupBy;
import dev.gantry.core.usage.UsageQuery;
import dev.gantry.core.usage.UsageRecord;
import dev.gantry.core.usage.UsageSummary;
import dev.gantry.server.GantryServerFixture;
import dev.gantry.store.sqlite.SqliteUsageStore;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Virtual keys from the config: authentication, model scopes, request rate and a hard budget under contention. */
class KeysAndBudgetIT {
    private static final String ALICE = "gk-alice-secret";
    private static final String NARROW = "gk-narrow-secret";
    private static final String SLOW = "gk-slow-secret";
    private static final String THRIFTY = "gk-thrifty-secret";
    private static final BigDecimal BUDGET = new BigDecimal("0.001");
    private static final int CLIENTS = 32;
    private static final int REQUESTS_PER_CLIENT = 8;
    private static GantryServerFixture server;

    @BeforeAll
    static void start() {
        server = GantryServerFixture.start(String.join("\n",
                "keys:",
                "  - {name: alice, key-hash: " + KeyHashing.sha256(ALICE) + "}",
                "  - {name: narrow, key-hash: " + KeyHashing.sha256(NARROW) + ", models: [claude]}",
                "  - {name: slow, key-hash: " + KeyHashing.sha256(SLOW) + ", rpm: 2}",
                "  - {name: thrifty, key-hash: " + KeyHashing.sha256(THRIFTY) + ", budget: {usd: " + BUDGET + ", per: total}}",
                ""));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @BeforeEach
    void reset() {
        server.fake.reset();
    }

    private static String chat(String model, String text) {
        return "{\"model\":\"" + model + "\",\"max_tokens\":50,\"messages\":[{\"role\":\"user\",\"content\":\"" + text + "\"}]}";
    }

    private static HttpResponse<String> chatAs(String secret, String model) {
        return server.post("/v1/chat/completions", chat(model, "hello"), "authorization", "Bearer " + secret);
    }

    private static JsonNode error(HttpResponse<String> r) {
        JsonNode e = SseEvents.json(r.body()).path("error");
        assertThat(e.path("message").asText()).as("error.message of " + r.body()).isNotBlank();
        return e;
    }

    @Test
    void should_refuse_a_request_without_a_key_with_an_openai_shaped_401() {
        HttpResponse<String> r = server.post("/v1/chat/completions", chat("chat", "hello"));

        assertThat(r.statusCode()).isEqualTo(401);
        assertThat(error(r).path("type").asText()).isEqualTo("authentication_error");
        assertThat(server.fake.requests()).isEmpty();
    }

    @Test
    void should_refuse_a_wrong_key_with_401_without_echoing_it() {
        HttpResponse<String> r = chatAs("gk-not-a-real-key-42", "chat");

        assertThat(r.statusCode()).isEqualTo(401);
        assertThat(error(r).path("type").asText()).isEqualTo("authentication_error");
        assertThat(r.body()).doesNotContain("gk-not-a-real-key-42");
        assertThat(server.fake.requests()).isEmpty();
    }

    @Test
    void should_refuse_a_missing_key_on_the_messages_route_in_the_anthropic_shape() {
        HttpResponse<String> r = server.post("/v1/messages", "{\"model\":\"claude\",\"max_tokens\":10,"
                + "\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}");

        assertThat(r.statusCode()).isEqualTo(401);
        JsonNode body = SseEvents.json(r.body());
        assertThat(body.path("type").asText()).isEqualTo("error");
        assertThat(body.at("/error/type").asText()).isEqualTo("authentication_error");
    }

    @Test
    void should_answer_a_valid_key_through_the_bearer_and_the_x_api_key_headers() {
        assertThat(chatAs(ALICE, "chat").statusCode()).isEqualTo(200);
        HttpResponse<String> viaHeader = server.post("/v1/chat/completions", chat("chat", "hello"), "x-api-key", ALICE);
        assertThat(viaHeader.statusCode()).isEqualTo(200);
    }

    @Test
    void should_forbid_a_model_outside_the_keys_scope_and_allow_the_one_inside() {
        HttpResponse<String> outside = chatAs(NARROW, "chat");

        assertThat(outside.statusCode()).isEqualTo(403);
        JsonNode e = error(outside);
        assertThat(e.path("type").asText()).isEqualTo("permission_error");
        assertThat(e.path("message").asText()).contains("narrow", "chat", "claude");
        assertThat(server.fake.requests()).isEmpty();
        assertThat(chatAs(NARROW, "claude").statusCode()).isEqualTo(200);
    }

    @Test
    void should_refuse_the_request_past_the_keys_rpm_with_429_and_retry_after() {
        assertThat(chatAs(SLOW, "chat").statusCode()).isEqualTo(200);
        assertThat(chatAs(SLOW, "chat").statusCode()).isEqualTo(200);

        HttpResponse<String> third = chatAs(SLOW, "chat");

        assertThat(third.statusCode()).isEqualTo(429);
        assertThat(error(third).path("type").asText()).isEqualTo("rate_limit_error");
        assertThat(third.headers().firstValue("retry-after").map(Long::parseLong))
                .hasValueSatisfying(s -> assertThat(s).isPositive());
        assertThat(server.fake.requests()).hasSize(2);
    }

    @Test
    void should_close_the_usage_api_while_keys_exist_and_no_admin_key_is_set() {
        HttpResponse<String> r = server.get("/gantry/usage", "authorization", "Bearer " + ALICE);

        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(error(r).path("message").asText()).contains("admin-key");
    }

    @Test
    void should_never_let_concurrent_clients_spend_past_a_hard_budget() throws Exception {
        List<HttpResponse<String>> responses = hammer(THRIFTY, CLIENTS, REQUESTS_PER_CLIENT);

        List<HttpResponse<String>> ok = responses.stream().filter(r -> r.statusCode() == 200).toList();
        List<HttpResponse<String>> refused = responses.stream().filter(r -> r.statusCode() != 200).toList();
        assertThat(ok).as("some requests fit in the budget").isNotEmpty();
        assertThat(refused).as("the budget runs out").isNotEmpty();
        assertThat(refused).allSatisfy(r -> {
            assertThat(r.statusCode()).as(r.body()).isEqualTo(429);
            assertThat(error(r).path("type").asText()).isEqualTo("insufficient_quota");
        });
        BigDecimal billed = ok.stream().map(r -> new BigDecimal(r.headers().firstValue("x-gantry-cost-usd").orElseThrow()))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(billed).isPositive().isLessThanOrEqualTo(BUDGET);

        server.gantry.flushLedger();
        try (SqliteUsageStore store = SqliteUsageStore.open(server.dataDir)) {
            UsageQuery thrifty = new UsageQuery(null, null, "thrifty", null, null, null, null, 10_000);
            List<UsageRecord> rows = store.find(thrifty);
            assertThat(rows).as("every request, admitted or refused, has its row").hasSize(CLIENTS * REQUESTS_PER_CLIENT);
            BigDecimal spent = rows.stream().map(UsageRecord::costUsd).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(spent).isEqualByComparingTo(billed).isLessThanOrEqualTo(BUDGET);
            assertThat(rows.stream().filter(r -> r.status() == 429).count()).isEqualTo(refused.size());
            UsageSummary byKey = store.summarize(thrifty, UsageGroupBy.KEY).getFirst();
            assertThat(byKey.group()).isEqualTo("thrifty");
            assertThat(byKey.costUsd()).isEqualByComparingTo(spent);
        }
    }

    /** {@code clients} threads released together, each sending {@code each} requests one after the other. */
    private static List<HttpResponse<String>> hammer(String secret, int clients, int each) throws Exception {
        CountDownLatch go = new CountDownLatch(1);
        List<Future<List<HttpResponse<String>>>> futures = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(clients)) {
            for (int c = 0; c < clients; c++) {
                int client = c;
                futures.add(pool.submit(() -> {
                    go.await();
                    List<HttpResponse<String>> mine = new ArrayList<>();
                    for (int i = 0; i < each; i++) {
                        mine.add(server.post("/v1/chat/completions", chat("chat", "budget probe " + client + " " + i),
                                "authorization", "Bearer " + secret));
                    }
                    return mine;
                }));
            }
            go.countDown();
            List<HttpResponse<String>> all = new ArrayList<>();
            for (Future<List<HttpResponse<String>>> f : futures) all.addAll(f.get());
            return all;
        }
    }
}
