package dev.gantry.server.batch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gantry.server.ConfigOrigin;
import dev.gantry.server.Gantry;
import dev.gantry.server.GantryServerFixture;
import dev.gantry.server.cli.CliRun;
import dev.gantry.server.config.ConfigLoader;
import dev.gantry.core.usage.UsageQuery;
import dev.gantry.core.usage.UsageRecord;
import dev.gantry.store.sqlite.SqliteUsageStore;
import dev.gantry.testkit.FakeScript;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Provider batch APIs end to end through the served gateway and the fake provider: submit against an alias, poll to
 * the end, results, ledger rows at the batch discount, the cost report's batch savings, per-item errors, cancel,
 * a restart in the middle, and an alias whose provider has no batch API. The poll interval is an hour, so the
 * tests drive each poll round themselves (the fake moves one state per poll): nothing waits on the clock.
 */
class BatchApiIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BATCHES = "batches: {poll-interval: 1h, providers: [oai, ant]}\n";
    /** Enough rounds for the slowest provider flow (OpenAI: validating, in_progress, finalizing, completed). */
    private static final int MAX_ROUNDS = 8;

    private static String body(String model, String... texts) {
        StringBuilder sb = new StringBuilder("{\"model\": \"" + model + "\", \"requests\": [");
        for (int i = 0; i < texts.length; i++) {
            if (i > 0) sb.append(',');
            sb.append("{\"custom_id\": \"item-").append(i + 1).append("\", \"body\": {\"model\": \"ignored\", ")
                    .append("\"messages\": [{\"role\": \"user\", \"content\": \"").append(texts[i]).append("\"}]}}");
        }
        return sb.append("]}").toString();
    }

    private static JsonNode json(HttpResponse<String> r) throws Exception {
        return JSON.readTree(r.body());
    }

    /** Runs poll rounds until the batch's results are stored; fails after MAX_ROUNDS. */
    private static JsonNode settle(Gantry gantry, GantryServerFixture server, String id) throws Exception {
        JsonNode b = json(server.get("/gantry/batches/" + id));
        for (int i = 0; i < MAX_ROUNDS && !b.get("results_ready").asBoolean(); i++) {
            gantry.batches().pollOnce();
            b = json(server.get("/gantry/batches/" + id));
        }
        assertThat(b.get("results_ready").asBoolean()).as("settled after " + MAX_ROUNDS + " rounds: " + b).isTrue();
        return b;
    }

    private static List<JsonNode> lines(HttpResponse<String> r) throws Exception {
        List<JsonNode> out = new ArrayList<>();
        for (String l : r.body().split("\n")) if (!l.isBlank()) out.add(JSON.readTree(l));
        return out;
    }

    @Test
    void aBatchRunsToTheEndWithPerItemErrorsAndItsLedgerRowsArePricedAtTheBatchDiscount() throws Exception {
        String dataDir;
        try (GantryServerFixture server = GantryServerFixture.start(BATCHES)) {
            server.fake.enqueue(FakeScript.text("one").usage(2_000, 500, 0, 0, 0),
                    FakeScript.error(400, "item two is malformed"), FakeScript.text("three").usage(1_000, 100, 0, 0, 0));
            HttpResponse<String> submitted = server.post("/gantry/batches", body("chat", "a", "b", "c"),
                    "x-gantry-feature", "extraction");
            assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(200);
            JsonNode batch = json(submitted);
            String id = batch.get("id").asText();
            assertThat(batch.get("status").asText()).isEqualTo("validating");
            assertThat(batch.get("provider").asText()).isEqualTo("oai");
            assertThat(batch.get("upstream_model").asText()).isEqualTo("fake-model");
            assertThat(batch.at("/request_counts/total").asInt()).isEqualTo(3);
            HttpResponse<String> early = server.get("/gantry/batches/" + id + "/results");
            assertThat(early.statusCode()).isEqualTo(409);
            assertThat(early.body()).contains("has no results yet").contains("validating");

            JsonNode done = settle(server.gantry, server, id);
            assertThat(done.get("status").asText()).isEqualTo("completed");
            assertThat(done.at("/request_counts/succeeded").asInt()).isEqualTo(2);
            assertThat(done.at("/request_counts/failed").asInt()).isEqualTo(1);
            assertThat(done.get("finished_at").isNull()).isFalse();

            HttpResponse<String> results = server.get("/gantry/batches/" + id + "/results");
            assertThat(results.headers().firstValue("content-type")).contains("application/jsonl");
            Map<String, JsonNode> byId = new java.util.HashMap<>();
            for (JsonNode l : lines(results)) byId.put(l.get("custom_id").asText(), l);
            assertThat(byId).containsOnlyKeys("item-1", "item-2", "item-3");
            assertThat(byId.get("item-1").at("/response/status_code").asInt()).isEqualTo(200);
            assertThat(byId.get("item-1").at("/response/body/choices/0/message/content").asText()).isEqualTo("one");
            assertThat(byId.get("item-3").at("/response/body/choices/0/message/content").asText()).isEqualTo("three");
            assertThat(byId.get("item-2").get("response").isNull()).isTrue();
            assertThat(byId.get("item-2").at("/error/status").asInt()).isEqualTo(400);
            assertThat(byId.get("item-2").at("/error/message").asText()).contains("item two is malformed");
            dataDir = server.dataDir.toString();
        }

        // fake-model: $1/M in, $2/M out. Normal: 0.003 + 0.0012; at the 0.5 batch discount half of it, saved the other half
        JsonNode report = JSON.readTree(CliRun.ok("cost", "report", "--data-dir", dataDir, "--json"));
        assertThat(report.at("/total/requests").asInt()).isEqualTo(3);
        assertThat(report.at("/total/failures").asInt()).isEqualTo(1);
        assertThat(report.at("/total/batch_requests").asInt()).isEqualTo(3);
        assertThat(new BigDecimal(report.at("/total/cost_usd").asText())).isEqualByComparingTo("0.0021");
        assertThat(new BigDecimal(report.get("batch_saved_usd").asText())).isEqualByComparingTo("0.0021");
        assertThat(CliRun.ok("cost", "report", "--data-dir", dataDir)).contains("Batch savings: $0.0021 (3 requests");
        try (SqliteUsageStore store = SqliteUsageStore.open(Path.of(dataDir))) {
            List<UsageRecord> rows = store.find(new UsageQuery(null, null, null, null, null, null, null, 10));
            assertThat(rows).hasSize(3).allSatisfy(r -> {
                assertThat(r.endpoint()).isEqualTo("/gantry/batches");
                assertThat(r.batchId()).startsWith("gb_");
                assertThat(r.feature()).isEqualTo("extraction");
                assertThat(r.alias()).isEqualTo("chat");
            });
            UsageRecord one = rows.stream().filter(r -> r.requestId().endsWith(":item-1")).findFirst().orElseThrow();
            assertThat(one.costUsd()).isEqualByComparingTo("0.0015");
            assertThat(one.batchSavedUsd()).isEqualByComparingTo("0.0015");
            assertThat(one.inputTokens()).isEqualTo(2_000);
        }
    }

    @Test
    void anAnthropicAliasRunsItsBatchThroughMessageBatches() throws Exception {
        try (GantryServerFixture server = GantryServerFixture.start(BATCHES)) {
            JsonNode batch = json(server.post("/gantry/batches", body("claude", "hello")));
            assertThat(batch.get("provider").asText()).isEqualTo("ant");
            assertThat(batch.get("status").asText()).isEqualTo("in_progress");
            JsonNode done = settle(server.gantry, server, batch.get("id").asText());
            assertThat(done.get("status").asText()).isEqualTo("completed");
            List<JsonNode> results = lines(server.get("/gantry/batches/" + batch.get("id").asText() + "/results"));
            assertThat(results).hasSize(1);
            assertThat(results.get(0).at("/response/body/choices/0/message/content").asText()).isEqualTo("You said: hello");
            assertThat(server.fake.requests()).anyMatch(r -> r.path().equals("/v1/messages/batches"));
        }
    }

    @Test
    void aJsonlUploadWithTheModelInTheQueryIsABatchToo() throws Exception {
        try (GantryServerFixture server = GantryServerFixture.start(BATCHES)) {
            String jsonl = "{\"custom_id\": \"l1\", \"method\": \"POST\", \"url\": \"/v1/chat/completions\", \"body\": "
                    + "{\"messages\": [{\"role\": \"user\", \"content\": \"hi\"}]}}\n";
            HttpResponse<String> r = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                            java.net.URI.create(server.baseUrl() + "/gantry/batches?model=chat"))
                    .header("content-type", "application/jsonl").POST(java.net.http.HttpRequest.BodyPublishers.ofString(jsonl))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
            assertThat(json(r).at("/request_counts/total").asInt()).isEqualTo(1);
        }
    }

    @Test
    void theCliSubmitsAJsonlFileAndReadsStatusAndResultsFromTheServer() throws Exception {
        try (GantryServerFixture server = GantryServerFixture.start(BATCHES)) {
            Path file = server.dataDir.getParent().resolve("requests.jsonl");
            java.nio.file.Files.writeString(file, "{\"custom_id\": \"c1\", \"body\": {\"messages\": "
                    + "[{\"role\": \"user\", \"content\": \"from the cli\"}]}}\n");
            String url = server.baseUrl();
            String id = JSON.readTree(CliRun.ok("batch", "submit", file.toString(), "--model", "chat", "--url", url))
                    .get("id").asText();
            settle(server.gantry, server, id);
            assertThat(JSON.readTree(CliRun.ok("batch", "status", id, "--url", url)).get("status").asText()).isEqualTo("completed");
            assertThat(CliRun.ok("batch", "results", id, "--url", url)).contains("\"custom_id\":\"c1\"")
                    .contains("You said: from the cli");
        }
    }

    @Test
    void aCancelledBatchEndsCancelled() throws Exception {
        try (GantryServerFixture server = GantryServerFixture.start(BATCHES)) {
            server.fake.holdBatches(true);
            String id = json(server.post("/gantry/batches", body("chat", "a", "b"))).get("id").asText();
            server.gantry.batches().pollOnce();
            JsonNode cancelling = json(server.post("/gantry/batches/" + id + "/cancel", ""));
            assertThat(cancelling.get("status").asText()).isEqualTo("cancelling");
            JsonNode done = settle(server.gantry, server, id);
            assertThat(done.get("status").asText()).isEqualTo("cancelled");
            List<JsonNode> results = lines(server.get("/gantry/batches/" + id + "/results"));
            assertThat(results).extracting(l -> l.get("custom_id").asText()).containsExactly("item-1", "item-2");
            assertThat(results).allSatisfy(l -> assertThat(l.at("/error/code").asText()).isEqualTo("cancelled"));
        }
    }

    @Test
    void aBatchSubmittedBeforeARestartIsFinishedByTheNextInstance() throws Exception {
        GantryServerFixture server = GantryServerFixture.start(BATCHES);
        Gantry second = null;
        try {
            server.fake.holdBatches(true);
            server.fake.enqueue(FakeScript.text("after restart").usage(10, 5, 0, 0, 0));
            String id = json(server.post("/gantry/batches", body("chat", "x"))).get("id").asText();
            server.gantry.batches().pollOnce();
            server.gantry.close();
            server.fake.holdBatches(false);

            Path config = server.dataDir.getParent().resolve("gantry.yaml");
            second = Gantry.start(new ConfigLoader(Map.of("FAKE_KEY", "sk-fake-secret-123")::get).load(config),
                    ConfigOrigin.file(config));
            GantryServerFixture view = server.on(second);
            JsonNode done = settle(second, view, id);
            assertThat(done.get("status").asText()).isEqualTo("completed");
            List<JsonNode> results = lines(view.get("/gantry/batches/" + id + "/results"));
            assertThat(results.get(0).at("/response/body/choices/0/message/content").asText()).isEqualTo("after restart");
        } finally {
            if (second != null) second.close();
            server.fake.close();
        }
    }

    @Test
    void anAliasWithoutABatchCapableProviderIsAClearError() throws Exception {
        try (GantryServerFixture server = GantryServerFixture.start(BATCHES)) {
            HttpResponse<String> r = server.post("/gantry/batches", body("gem", "x"));
            assertThat(r.statusCode()).isEqualTo(400);
            assertThat(r.body()).contains("model 'gem' has no target on a provider with a batch API")
                    .contains("gem/fake-gemini").contains("add such a target to 'gem'");
            HttpResponse<String> unknown = server.get("/gantry/batches/gb_nope");
            assertThat(unknown.statusCode()).isEqualTo(404);
        }
    }
}
