package dev.gantry.server.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gantry.server.GantryServerFixture;
import dev.gantry.testkit.FakeScript;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** The dashboard's cost report: the same JSON as `gantry cost report --json`, from the ledger. */
class DashboardCostIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void should_report_spend_and_cache_savings_per_model_and_project_the_month() throws Exception {
        try (GantryServerFixture server = GantryServerFixture.start("")) {
            server.fake.enqueue(FakeScript.text("cached answer").usage(1_000, 100, 0, 0, 0));
            server.fake.enqueue(FakeScript.text("plain answer").usage(2_000, 200, 0, 0, 0));
            String ask = "{\"model\": \"cached\", \"messages\": [{\"role\": \"user\", \"content\": \"same question\"}]}";
            server.post("/v1/chat/completions", ask);
            server.post("/v1/chat/completions", ask);
            server.post("/v1/chat/completions", "{\"model\": \"chat\", \"messages\": [{\"role\": \"user\", \"content\": \"x\"}]}");
            server.gantry.flushLedger();

            JsonNode report = JSON.readTree(server.get("/gantry/dashboard/cost?group-by=model").body());
            assertThat(report.get("group_by").asText()).isEqualTo("model");
            assertThat(report.at("/total/requests").asLong()).isEqualTo(3);
            assertThat(report.at("/total/cache_hits").asLong()).isEqualTo(1);
            JsonNode cached = group(report, "cached");
            assertThat(cached.get("requests").asLong()).isEqualTo(2);
            assertThat(new BigDecimal(cached.get("saved_usd").asText())).isEqualByComparingTo(new BigDecimal(cached.get("cost_usd").asText()));
            BigDecimal total = new BigDecimal(report.at("/total/cost_usd").asText());
            assertThat(total).isPositive();
            assertThat(new BigDecimal(report.get("month_to_date_usd").asText())).isEqualByComparingTo(total);
            assertThat(new BigDecimal(report.get("projected_month_usd").asText())).isGreaterThanOrEqualTo(total);
            assertThat(report.get("routing_saved_usd").isNull()).isTrue();
        }
    }

    @Test
    void should_refuse_an_unknown_grouping_naming_the_choices() throws Exception {
        try (GantryServerFixture server = GantryServerFixture.start("")) {
            HttpResponse<String> r = server.get("/gantry/dashboard/cost?group-by=colour");
            assertThat(r.statusCode()).isEqualTo(400);
            assertThat(JSON.readTree(r.body()).at("/error/message").asText())
                    .contains("'colour'").contains("day, feature, key, model, tag");
        }
    }

    private static JsonNode group(JsonNode report, String name) {
        for (JsonNode g : report.get("groups")) if (name.equals(g.get("group").asText())) return g;
        throw new AssertionError("no group " + name + " in " + report);
    }
}
