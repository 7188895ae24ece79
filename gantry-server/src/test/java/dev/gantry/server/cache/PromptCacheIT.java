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

/** An alias with prompt-cache: true sends Anthropic cache breakpoints, and cache reads and writes reach the ledger. */
class PromptCacheIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static GantryServerFixture server;

    @BeforeAll
    static void start() {
        server = GantryServerFixture.start("");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void should_mark_the_stable_prefix_for_anthropic_and_record_cached_and_written_tokens() throws Exception {
        server.fake.enqueue(FakeScript.text("ok").usage(100, 10, 4_000, 1_000, 0));
        HttpResponse<String> r = server.post("/v1/chat/completions", """
                {"model": "claude-cached", "messages": [
                  {"role": "system", "content": "You answer from the handbook below. HANDBOOK ..."},
                  {"role": "user", "content": "first"}, {"role": "assistant", "content": "answer"},
                  {"role": "user", "content": "second"}]}""");

        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode sent = JSON.readTree(server.fake.lastRequest().body());
        assertThat(sent.at("/system/0/cache_control/type").asText()).isEqualTo("ephemeral");
        assertThat(sent.at("/messages/1/content/0/cache_control/type").asText()).isEqualTo("ephemeral");
        assertThat(sent.at("/messages/2/content").toString()).doesNotContain("cache_control");

        server.gantry.flushLedger();
        JsonNode row = JSON.readTree(server.get("/gantry/usage?model=claude-cached&limit=1").body()).at("/data/0");
        assertThat(row.get("cached_input_tokens").asLong()).isEqualTo(4_000);
        assertThat(row.get("cache_write_tokens").asLong()).isEqualTo(1_000);
        assertThat(new java.math.BigDecimal(row.get("cost_usd").asText())).isPositive();
    }
}
