package dev.gantry.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gantry.testkit.FakeScript;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The running server, spoken to over real HTTP, in front of the fake provider. */
class GatewayHttpIT {
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

    @BeforeEach
    void reset() {
        server.fake.reset();
    }

    private static JsonNode json(HttpResponse<String> r) throws Exception {
        return JSON.readTree(r.body());
    }

    private static String chat(String model, boolean stream) {
        return "{\"model\":\"" + model + "\",\"stream\":" + stream + ",\"messages\":[{\"role\":\"user\",\"content\":\"hello there\"}]}";
    }

    @Test
    void should_answer_a_chat_with_routing_and_cost_headers() throws Exception {
        server.fake.enqueue(FakeScript.text("Hi back").usage(1000, 500, 0, 0, 0));
        HttpResponse<String> r = server.post("/v1/chat/completions", chat("chat", false));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(json(r).at("/choices/0/message/content").asText()).isEqualTo("Hi back");
        assertThat(r.headers().firstValue("x-request-id")).isPresent();
        assertThat(r.headers().firstValue("x-gantry-provider")).hasValue("oai");
        assertThat(r.headers().firstValue("x-gantry-attempts")).hasValue("1");
        // 1000 in at $1/M + 500 out at $2/M
        assertThat(r.headers().firstValue("x-gantry-cost-usd").map(java.math.BigDecimal::new))
                .hasValueSatisfying(c -> assertThat(c).isEqualByComparingTo("0.002"));
        assertThat(server.fake.lastRequest().header("authorization")).isEqualTo("Bearer sk-fake-secret-123");
    }

    @Test
    void should_say_how_to_turn_on_the_knowledge_pipeline_when_it_is_off() throws Exception {
        HttpResponse<String> r = server.post("/v1/knowledge/messages", "{\"text\": \"the deploy key rotates on Mondays\"}");
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(json(r).at("/error/message").asText()).contains("knowledge pipeline is off").contains("enabled: true");
    }

    @Test
    void should_keep_a_sane_client_request_id() {
        HttpResponse<String> r = server.post("/v1/chat/completions", chat("chat", false), "x-request-id", "abc-123");
        assertThat(r.headers().firstValue("x-request-id")).hasValue("abc-123");
    }

    @Test
    void should_stream_server_sent_events_that_end_with_done() {
        server.fake.enqueue(FakeScript.text("one two three"));
        HttpResponse<String> r = server.post("/v1/chat/completions", chat("chat", true));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("content-type").orElse("")).startsWith("text/event-stream");
        assertThat(r.body()).contains("\"content\":\"one").endsWith("data: [DONE]\n\n");
        assertThat(r.body()).doesNotContain("\"usage\":{");
    }

    @Test
    void should_end_a_stream_cut_after_its_first_token_with_an_explicit_error_event() {
        server.fake.enqueue(FakeScript.text("one two three four").cutAfterChunks(2));
        HttpResponse<String> r = server.post("/v1/chat/completions", chat("chat", true));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("data: {\"error\":").doesNotContain("[DONE]");
    }

    @Test
    void should_fall_back_invisibly_before_the_first_byte() throws Exception {
        server.fake.enqueue(FakeScript.error(503), FakeScript.error(503), FakeScript.text("from claude"));
        HttpResponse<String> r = server.post("/v1/chat/completions", chat("flaky", false));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(json(r).at("/choices/0/message/content").asText()).isEqualTo("from claude");
        assertThat(r.headers().firstValue("x-gantry-provider")).hasValue("ant");
        assertThat(r.headers().firstValue("x-gantry-attempts")).hasValue("3");
    }

    @Test
    void should_pass_a_client_error_through_in_openai_shape_without_fallback() throws Exception {
        server.fake.enqueue(FakeScript.error(400, "bad temperature"));
        HttpResponse<String> r = server.post("/v1/chat/completions", chat("flaky", false));
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(json(r).at("/error/type").asText()).isEqualTo("invalid_request_error");
        assertThat(server.fake.requests()).hasSize(1);
    }

    @Test
    void should_reject_malformed_json_clearly() throws Exception {
        HttpResponse<String> r = server.post("/v1/chat/completions", "{\"model\": \"chat\", \"messages\": [");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(json(r).at("/error/message").asText()).isNotBlank();
        assertThat(r.body()).doesNotContain("Exception").doesNotContain("at com.fasterxml");
    }

    @Test
    void should_reject_an_oversized_body_with_413_in_openai_shape() throws Exception {
        String big = "x".repeat(70_000);
        HttpResponse<String> r = server.post("/v1/chat/completions",
                "{\"model\":\"chat\",\"messages\":[{\"role\":\"user\",\"content\":\"" + big + "\"}]}");
        assertThat(r.statusCode()).isEqualTo(413);
        assertThat(json(r).at("/error/message").asText()).contains("max-body-bytes");
    }

    @Test
    void should_name_the_configured_models_for_an_unknown_one() throws Exception {
        HttpResponse<String> r = server.post("/v1/chat/completions", chat("gpt-99", false));
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(json(r).at("/error/message").asText()).contains("gpt-99", "chat", "claude");
    }

    @Test
    void should_list_models_and_answer_health_readiness_and_metrics() throws Exception {
        assertThat(json(server.get("/v1/models")).at("/data/0/id").asText()).isEqualTo("chat");
        assertThat(server.get("/healthz").statusCode()).isEqualTo(200);
        assertThat(server.get("/readyz").statusCode()).isEqualTo(200);
        server.post("/v1/chat/completions", chat("chat", false));
        assertThat(server.get("/metrics").body()).contains("gantry_requests_total", "gantry_overhead");
        HttpResponse<String> notFound = server.get("/v2/nothing");
        assertThat(notFound.statusCode()).isEqualTo(404);
        assertThat(json(notFound).at("/error/type").asText()).isEqualTo("not_found_error");
    }

    @Test
    void should_answer_anthropic_messages_from_an_openai_upstream() throws Exception {
        server.fake.enqueue(FakeScript.text("Bonjour"));
        HttpResponse<String> r = server.post("/v1/messages",
                "{\"model\":\"chat\",\"max_tokens\":50,\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(json(r).at("/type").asText()).isEqualTo("message");
        assertThat(json(r).at("/content/0/text").asText()).isEqualTo("Bonjour");
    }

    @Test
    void should_embed_through_the_gateway() throws Exception {
        HttpResponse<String> r = server.post("/v1/embeddings", "{\"model\":\"embed\",\"input\":[\"a\",\"b\"]}");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(json(r).at("/data").size()).isEqualTo(2);
    }

    @Test
    void should_record_every_request_in_the_ledger_and_serve_it_by_api() throws Exception {
        server.fake.enqueue(FakeScript.text("ledger me"));
        HttpResponse<String> r = server.post("/v1/chat/completions", chat("chat", false), "x-gantry-feature", "search");
        server.gantry.flushLedger();
        String id = r.headers().firstValue("x-request-id").orElseThrow();
        JsonNode rows = json(server.get("/gantry/usage?feature=search&limit=10")).at("/data");
        assertThat(rows).anySatisfy(row -> {
            assertThat(row.get("request_id").asText()).isEqualTo(id);
            assertThat(row.get("provider").asText()).isEqualTo("oai");
            assertThat(row.get("status").asInt()).isEqualTo(200);
        });
        JsonNode summary = json(server.get("/gantry/usage/summary?group-by=model"));
        assertThat(summary.at("/data")).isNotEmpty();
    }
}
