package dev.gantry.server.cache;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gantry.server.GantryServerFixture;
import dev.gantry.server.cli.CliRun;
import dev.gantry.testkit.FakeScript;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** `gantry cost report` on a ledger written by a real server: spend, tokens, cache hits and savings, projection. */
class CostReportIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void should_report_spend_tokens_and_cache_savings_by_model_with_a_projection() throws Exception {
        String dataDir;
        try (GantryServerFixture server = GantryServerFixture.start("")) {
            server.fake.enqueue(FakeScript.text("answer").usage(2_000, 500, 0, 0, 0));
            String ask = "{\"model\": \"cached\", \"messages\": [{\"role\": \"user\", \"content\": \"q\"}]}";
            server.post("/v1/chat/completions", ask);
            server.post("/v1/chat/completions", ask);
            server.fake.enqueue(FakeScript.text("other").usage(1_000, 100, 0, 0, 0));
            server.post("/v1/chat/completions", "{\"model\": \"chat\", \"messages\": [{\"role\": \"user\", \"content\": \"x\"}]}",
                    "x-gantry-feature", "search");
            dataDir = server.dataDir.toString();
        }

        JsonNode r = JSON.readTree(CliRun.ok("cost", "report", "--data-dir", dataDir, "--json"));
        assertThat(r.get("group_by").asText()).isEqualTo("model");
        assertThat(r.at("/total/requests").asInt()).isEqualTo(3);
        assertThat(r.at("/total/cache_hits").asInt()).isEqualTo(1);
        // fake-model: $1/M in, $2/M out; the hit saved what the miss cost: 2000 * 1e-6 + 500 * 2e-6
        assertThat(new BigDecimal(r.at("/total/saved_usd").asText())).isEqualByComparingTo("0.003");
        assertThat(new BigDecimal(r.at("/total/cost_usd").asText())).isEqualByComparingTo("0.0042");
        assertThat(r.get("routing_saved_usd").isNull()).isTrue();
        assertThat(new BigDecimal(r.get("projected_month_usd").asText()))
                .isGreaterThanOrEqualTo(new BigDecimal(r.get("month_to_date_usd").asText()));

        String byTag = CliRun.ok("cost", "report", "--data-dir", dataDir, "--group-by", "tag");
        assertThat(byTag).contains("search", "total", "Routing savings: n/a", "projected for the whole month");
    }
}
