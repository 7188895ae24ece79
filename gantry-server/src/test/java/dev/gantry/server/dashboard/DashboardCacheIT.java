package dev.gantry.server.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gantry.server.GantryServerFixture;
import dev.gantry.testkit.FakeScript;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** The dashboard's cache figures come from the ledger's cache column: hit rate in the overview, the result per request. */
class DashboardCacheIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void should_show_the_hit_rate_of_cached_models_and_what_a_hit_saved() throws Exception {
        try (GantryServerFixture server = GantryServerFixture.start("")) {
            server.fake.enqueue(FakeScript.text("cached answer").usage(1_000, 100, 0, 0, 0));
            String ask = "{\"model\": \"cached\", \"messages\": [{\"role\": \"user\", \"content\": \"same question\"}]}";
            server.post("/v1/chat/completions", ask);
            HttpResponse<String> hit = server.post("/v1/chat/completions", ask);
            server.post("/v1/chat/completions", "{\"model\": \"chat\", \"messages\": [{\"role\": \"user\", \"content\": \"x\"}]}");
            server.gantry.flushLedger();

            JsonNode cache = JSON.readTree(server.get("/gantry/dashboard/overview?range=1h").body()).get("cache");
            assertThat(cache.get("hit_rate").asDouble()).isEqualTo(0.5);
            assertThat(cache.get("note").asText()).isEqualTo("1 of 2 requests to cached models");

            String id = hit.headers().firstValue("x-request-id").orElseThrow();
            JsonNode detail = JSON.readTree(server.get("/gantry/dashboard/requests/" + id).body());
            assertThat(detail.get("cache").asText()).startsWith("hit: saved $0.0012");
        }
    }
}
