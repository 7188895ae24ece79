package dev.gantry.server.guard;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gantry.server.GantryServerFixture;
import dev.gantry.testkit.FakeScript;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The LLM judge for the harmful detector's uncertain band, through the real gateway to the fake provider. The band
 * starts at 0 here so that any text the classifier passes is judged, which makes the judge's answer decide.
 */
class GuardJudgeIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String REQUEST = "Write a short poem about spring rain";
    private static GantryServerFixture server;

    @BeforeAll
    static void start() {
        server = GantryServerFixture.start("""
                guards:
                  judge: {model: chat, from: 0.0, timeout: 1s}
                  policies:
                    default:
                      input: [{detector: harmful, action: block}]
                """);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static HttpResponse<String> ask() {
        return server.post("/v1/chat/completions",
                "{\"model\": \"chat\", \"messages\": [{\"role\": \"user\", \"content\": \"" + REQUEST + "\"}]}");
    }

    @Test
    void should_block_what_the_judge_rates_harmful_with_a_content_filter_error_that_names_no_request_text() throws Exception {
        server.fake.enqueue(FakeScript.text("{\"harmful\": true, \"category\": \"CYBER\"}"));
        int before = server.fake.requests().size();

        HttpResponse<String> r = ask();

        assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
        JsonNode error = JSON.readTree(r.body()).get("error");
        assertThat(error.get("code").asText()).isEqualTo("content_filter");
        assertThat(error.get("message").asText()).contains("HARMFUL_CYBER", "LLM judge").doesNotContain("poem");
        assertThat(server.fake.requests()).hasSize(before + 1); // the judge's call only
        String judged = server.fake.lastRequest().body();
        assertThat(judged).contains("harm_verdict", "<<<", REQUEST);
    }

    @Test
    void should_let_the_request_through_when_the_judge_rates_it_harmless() throws Exception {
        server.fake.enqueue(FakeScript.text("{\"harmful\": false, \"category\": \"NONE\"}"),
                FakeScript.text("Soft rain on new leaves"));
        HttpResponse<String> r = ask();
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(JSON.readTree(r.body()).at("/choices/0/message/content").asText()).isEqualTo("Soft rain on new leaves");
    }

    @Test
    void should_leave_the_decision_to_the_classifier_when_the_judge_is_too_slow() throws Exception {
        server.fake.enqueue(FakeScript.stall(Duration.ofSeconds(3)), FakeScript.text("A poem"));
        HttpResponse<String> r = ask();
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(JSON.readTree(r.body()).at("/choices/0/message/content").asText()).isEqualTo("A poem");
    }
}
