package dev.gantry.server.batch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gantry.core.keys.KeyHashing;
import dev.gantry.server.GantryServerFixture;
import dev.gantry.testkit.FakeScript;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Batches and virtual keys: a key is needed, sees only its own batches, may use only its models, and a key whose
 * remaining budget cannot cover the batch's worst case at the batch price is refused before anything is sent.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BatchKeysIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ALICE = "sk-batch-alice";
    private static final String BOB = "sk-batch-bob";
    private static final String NARROW = "sk-batch-narrow";
    private static final String THRIFTY = "sk-batch-thrifty";
    private GantryServerFixture server;

    @BeforeAll
    void start() {
        server = GantryServerFixture.start(String.join("\n",
                "batches: {poll-interval: 1h, providers: [oai, ant]}",
                "keys:",
                "  - {name: alice, key-hash: " + KeyHashing.sha256(ALICE) + "}",
                "  - {name: bob, key-hash: " + KeyHashing.sha256(BOB) + "}",
                "  - {name: narrow, key-hash: " + KeyHashing.sha256(NARROW) + ", models: [claude]}",
                // fake-model at $2/M out, 0.5 off: 1000 output tokens is at most $0.001 an item
                "  - {name: thrifty, key-hash: " + KeyHashing.sha256(THRIFTY) + ", budget: {usd: 0.0015, per: month}}",
                ""));
    }

    @AfterAll
    void stop() {
        server.close();
    }

    private static String body(String model, int items, int maxTokens) {
        StringBuilder sb = new StringBuilder("{\"model\": \"" + model + "\", \"requests\": [");
        for (int i = 0; i < items; i++) {
            if (i > 0) sb.append(',');
            sb.append("{\"custom_id\": \"r").append(i).append("\", \"body\": {\"max_tokens\": ").append(maxTokens)
                    .append(", \"messages\": [{\"role\": \"user\", \"content\": \"hi\"}]}}");
        }
        return sb.append("]}").toString();
    }

    private HttpResponse<String> submit(String key, String body) {
        return server.post("/gantry/batches", body, "authorization", "Bearer " + key);
    }

    @Test
    void withoutAKeyABatchIsRefused() {
        HttpResponse<String> r = server.post("/gantry/batches", body("chat", 1, 10));
        assertThat(r.statusCode()).isEqualTo(401);
        assertThat(r.body()).contains("no API key was given");
    }

    @Test
    void aKeySeesOnlyItsOwnBatches() throws Exception {
        JsonNode b = JSON.readTree(submit(ALICE, body("chat", 1, 10)).body());
        String id = b.get("id").asText();
        assertThat(b.get("key").asText()).isEqualTo("alice");
        assertThat(server.get("/gantry/batches/" + id, "authorization", "Bearer " + ALICE).statusCode()).isEqualTo(200);
        HttpResponse<String> other = server.get("/gantry/batches/" + id, "authorization", "Bearer " + BOB);
        assertThat(other.statusCode()).isEqualTo(404);
        assertThat(server.post("/gantry/batches/" + id + "/cancel", "", "authorization", "Bearer " + BOB).statusCode())
                .isEqualTo(404);
    }

    @Test
    void aKeyMayBatchOnlyOnItsModels() {
        HttpResponse<String> r = submit(NARROW, body("chat", 1, 10));
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(r.body()).contains("key 'narrow' may not use model 'chat'");
    }

    @Test
    void aBudgetThatCannotCoverTheBatchRefusesItAndOneThatCanAcceptsIt() throws Exception {
        int before = server.fake.requests().size();
        HttpResponse<String> refused = submit(THRIFTY, body("chat", 2, 1_000));
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.body()).contains("insufficient_quota").contains("cannot cover this batch")
                .contains("2 requests may cost up to $");
        assertThat(server.fake.requests()).hasSize(before); // nothing went upstream

        server.fake.enqueue(FakeScript.text("ok").usage(10, 5, 0, 0, 0));
        HttpResponse<String> accepted = submit(THRIFTY, body("chat", 1, 1_000));
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(200);
    }
}
