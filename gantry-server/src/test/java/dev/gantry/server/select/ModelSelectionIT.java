package dev.gantry.server.select;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gantry.core.usage.UsageRecord;
import dev.gantry.server.GantryServerFixture;
import dev.gantry.server.cli.CliRun;
import dev.gantry.store.sqlite.SqliteUsageStore;
import dev.gantry.testkit.FakeScript;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Smart model selection through the real server and the shipped classifier: an easy prompt goes to the cheap alias
 * (fake-model, $1/$2 per M), a hard one to the strong (fake-claude, $3/$15 per M); the header, the ledger's saving
 * and `gantry cost report` show it.
 */
class ModelSelectionIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String AUTO = """
              - name: auto
                targets: [{provider: ant, model: fake-claude}]
                retry: {attempts: 1}
                select: {cheap: chat}
            """;

    private static String ask(String prompt) throws Exception {
        return JSON.writeValueAsString(JSON.createObjectNode().put("model", "auto").set("messages",
                JSON.createArrayNode().add(JSON.createObjectNode().put("role", "user").put("content", prompt))));
    }

    @Test
    void should_route_easy_to_cheap_and_hard_to_strong_and_account_the_saving() throws Exception {
        String dataDir;
        String easyId;
        try (GantryServerFixture server = GantryServerFixture.start(AUTO)) {
            server.fake.enqueue(FakeScript.text("Bonjour !").usage(1_000, 100, 0, 0, 0));
            HttpResponse<String> easy = server.post("/v1/chat/completions", ask("Translate \"hello\" into French."));
            assertThat(easy.statusCode()).isEqualTo(200);
            assertThat(easy.headers().firstValue("x-gantry-selected").orElseThrow()).startsWith("cheap; p_easy=");
            assertThat(easy.headers().firstValue("x-gantry-model")).hasValue("fake-model");

            server.fake.enqueue(FakeScript.text("proof...").usage(1_000, 100, 0, 0, 0));
            HttpResponse<String> hard = server.post("/v1/chat/completions", ask("Write a Python function that parses "
                    + "arithmetic expressions with parentheses without eval, explain the grammar, and add tests."));
            assertThat(hard.headers().firstValue("x-gantry-selected").orElseThrow()).startsWith("strong; p_easy=");
            assertThat(hard.headers().firstValue("x-gantry-model")).hasValue("fake-claude");

            easyId = easy.headers().firstValue("x-request-id").orElseThrow();
            dataDir = server.dataDir.toString();
        }

        try (SqliteUsageStore store = SqliteUsageStore.open(Path.of(dataDir))) {
            UsageRecord row = store.findById(easyId).orElseThrow();
            assertThat(row.selection()).startsWith("cheap; p_easy=");
            // strong: 1000 * 3e-6 + 100 * 15e-6 = 0.0045; cheap: 1000 * 1e-6 + 100 * 2e-6 = 0.0012
            assertThat(row.routingSavedUsd()).isEqualByComparingTo("0.0033");
        }

        JsonNode r = JSON.readTree(CliRun.ok("cost", "report", "--data-dir", dataDir, "--json"));
        assertThat(new BigDecimal(r.get("routing_saved_usd").asText())).isEqualByComparingTo("0.0033");
        assertThat(r.at("/total/selected_requests").asInt()).isEqualTo(2);
        assertThat(r.at("/total/cheap_requests").asInt()).isEqualTo(1);
        assertThat(CliRun.ok("cost", "report", "--data-dir", dataDir))
                .contains("Routing savings: $0.0033 (1 of 2 selected requests sent to the cheap model");
    }
}
