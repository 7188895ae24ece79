package dev.gantry.server.cache;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gantry.server.GantryServerFixture;
import dev.gantry.testkit.FakeScript;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The semantic cache through the HTTP API with the real default embedding model and the fake provider. */
class SemanticCacheHttpIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static GantryServerFixture server;

    @BeforeAll
    static void start() {
        server = GantryServerFixture.start("""
                  - name: faq
                    targets: [{provider: oai, model: fake-model}]
                    retry: {attempts: 1}
                    cache: {ttl: 10m, semantic: {}}
                """);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static String ask(String text, String temperature) {
        return "{\"model\": \"faq\", \"temperature\": " + temperature + ", \"messages\": [{\"role\": \"system\", "
                + "\"content\": \"You are a support bot.\"}, {\"role\": \"user\", \"content\": \"" + text + "\"}]}";
    }

    @Test
    void should_serve_a_paraphrase_from_the_cache_and_send_a_near_miss_upstream() throws Exception {
        server.fake.enqueue(FakeScript.text("Open Settings, then Billing, then Invoices.").usage(1_000, 100, 0, 0, 0));
        server.fake.enqueue(FakeScript.text("Open Settings, then Team.").usage(1_000, 100, 0, 0, 0));
        server.fake.enqueue(FakeScript.text("sampled").usage(10, 10, 0, 0, 0));
        int before = server.fake.requests().size();

        HttpResponse<String> miss = server.post("/v1/chat/completions", ask("Where can I download my invoices?", "0"));
        HttpResponse<String> paraphrase = server.post("/v1/chat/completions", ask("Where do I download my invoices?", "0"));
        HttpResponse<String> nearMiss = server.post("/v1/chat/completions", ask("Where can I download my receipts?", "0"));
        HttpResponse<String> sampled = server.post("/v1/chat/completions", ask("Where do I download my invoices?", "0.9"));

        assertThat(miss.headers().firstValue("x-gantry-cache")).hasValue("miss");
        assertThat(paraphrase.headers().firstValue("x-gantry-cache")).hasValue("semantic-hit");
        assertThat(Double.parseDouble(paraphrase.headers().firstValue("x-gantry-cache-similarity").orElseThrow()))
                .isBetween(0.96, 1.0);
        assertThat(paraphrase.headers().firstValue("x-gantry-cost-usd")).hasValue("0");
        assertThat(JSON.readTree(paraphrase.body()).at("/choices/0/message/content").asText())
                .isEqualTo("Open Settings, then Billing, then Invoices.");
        assertThat(nearMiss.headers().firstValue("x-gantry-cache")).hasValue("miss");
        assertThat(nearMiss.headers().firstValue("x-gantry-cache-similarity")).isEmpty();
        assertThat(sampled.headers().firstValue("x-gantry-cache")).hasValue("miss");
        assertThat(server.fake.requests()).hasSize(before + 3);

        server.gantry.flushLedger();
        JsonNode rows = JSON.readTree(server.get("/gantry/usage?model=faq&limit=10").body()).get("data");
        assertThat(rows).anySatisfy(r -> {
            assertThat(r.get("cache").asText()).isEqualTo("semantic_hit");
            assertThat(new java.math.BigDecimal(r.get("saved_usd").asText())).isPositive();
        });
        assertThat(server.get("/metrics").body())
                .contains("gantry_cache_requests_total{model=\"faq\",result=\"semantic_hit\"} 1.0");
    }
}
