package dev.gantry.server.cache;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gantry.server.GantryServerFixture;
import dev.gantry.testkit.FakeScript;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The exact cache through the HTTP API: headers, a replayed SSE stream, the ledger's saving, the metrics. */
class ResponseCacheHttpIT {
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

    private static String ask(String text, boolean stream) {
        return "{\"model\": \"cached\", \"stream\": " + stream + ", \"messages\": [{\"role\": \"user\", \"content\": \""
                + text + "\"}]}";
    }

    @Test
    void should_serve_the_second_identical_request_from_the_cache_plain_and_streamed() throws Exception {
        server.fake.enqueue(FakeScript.text("Paris is the capital of France.").usage(1_000, 100, 0, 0, 0));
        int before = server.fake.requests().size();

        HttpResponse<String> miss = server.post("/v1/chat/completions", ask("Capital of France?", false));
        HttpResponse<String> hit = server.post("/v1/chat/completions", ask("Capital of France?", false));
        HttpResponse<String> streamed = server.post("/v1/chat/completions", ask("Capital of France?", true));

        assertThat(server.fake.requests()).hasSize(before + 1);
        assertThat(miss.headers().firstValue("x-gantry-cache")).hasValue("miss");
        assertThat(hit.headers().firstValue("x-gantry-cache")).hasValue("hit");
        assertThat(hit.headers().firstValue("x-gantry-cost-usd")).hasValue("0");
        assertThat(JSON.readTree(hit.body()).at("/choices/0/message/content").asText())
                .isEqualTo("Paris is the capital of France.");
        assertThat(JSON.readTree(hit.body()).at("/usage/total_tokens").asInt()).isZero();
        assertThat(streamed.headers().firstValue("x-gantry-cache")).hasValue("hit");
        assertThat(text(streamed.body())).isEqualTo("Paris is the capital of France.");
        assertThat(streamed.body()).endsWith("data: [DONE]\n\n");

        server.gantry.flushLedger();
        JsonNode rows = JSON.readTree(server.get("/gantry/usage?model=cached&limit=10").body()).get("data");
        assertThat(rows).anySatisfy(r -> {
            assertThat(r.get("cache").asText()).isEqualTo("hit");
            assertThat(new java.math.BigDecimal(r.get("cost_usd").asText())).isZero();
            assertThat(new java.math.BigDecimal(r.get("saved_usd").asText())).isPositive();
        });
        assertThat(server.get("/metrics").body()).contains("gantry_cache_requests_total{model=\"cached\",result=\"hit\"} 2.0",
                "gantry_cache_saved_usd_total{model=\"cached\"}");
    }

    @Test
    void should_cache_a_streamed_answer_for_the_next_plain_request() throws Exception {
        server.fake.enqueue(FakeScript.text("one two three"));
        int before = server.fake.requests().size();
        HttpResponse<String> first = server.post("/v1/chat/completions", ask("Count to three", true));
        HttpResponse<String> second = server.post("/v1/chat/completions", ask("Count to three", false));

        assertThat(text(first.body())).isEqualTo("one two three");
        assertThat(second.headers().firstValue("x-gantry-cache")).hasValue("hit");
        assertThat(JSON.readTree(second.body()).at("/choices/0/message/content").asText()).isEqualTo("one two three");
        assertThat(server.fake.requests()).hasSize(before + 1);
    }

    @Test
    void should_let_a_client_refresh_or_bypass_the_cache_and_name_a_bad_directive() throws Exception {
        server.fake.enqueue(FakeScript.text("old"), FakeScript.text("new"), FakeScript.text("private"));
        int before = server.fake.requests().size();
        server.post("/v1/chat/completions", ask("What changed?", false));

        HttpResponse<String> refreshed = server.post("/v1/chat/completions", ask("What changed?", false),
                "x-gantry-cache", "no-cache");
        HttpResponse<String> afterwards = server.post("/v1/chat/completions", ask("What changed?", false));
        HttpResponse<String> bypassed = server.post("/v1/chat/completions", ask("What changed?", false),
                "cache-control", "no-store");
        HttpResponse<String> bad = server.post("/v1/chat/completions", ask("What changed?", false),
                "x-gantry-cache", "sometimes");

        assertThat(refreshed.headers().firstValue("x-gantry-cache")).hasValue("refresh");
        assertThat(JSON.readTree(refreshed.body()).at("/choices/0/message/content").asText()).isEqualTo("new");
        assertThat(afterwards.headers().firstValue("x-gantry-cache")).hasValue("hit");
        assertThat(JSON.readTree(afterwards.body()).at("/choices/0/message/content").asText()).isEqualTo("new");
        assertThat(bypassed.headers().firstValue("x-gantry-cache")).hasValue("bypass");
        assertThat(JSON.readTree(bypassed.body()).at("/choices/0/message/content").asText()).isEqualTo("private");
        assertThat(server.fake.requests()).hasSize(before + 3);
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(bad.body()).at("/error/message").asText()).contains("x-gantry-cache", "'sometimes'",
                "no-cache", "no-store");
    }

    private static String text(String sse) throws Exception {
        StringBuilder out = new StringBuilder();
        List<String> data = new ArrayList<>();
        for (String line : sse.split("\n")) if (line.startsWith("data: {")) data.add(line.substring(6));
        for (String d : data) {
            JsonNode c = JSON.readTree(d).at("/choices/0/delta/content");
            if (!c.isMissingNode() && !c.isNull()) out.append(c.asText());
        }
        return out.toString();
    }
}
