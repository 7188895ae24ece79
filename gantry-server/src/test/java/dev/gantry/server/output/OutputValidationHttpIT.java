package dev.gantry.server.output;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gantry.server.GantryServerFixture;
import dev.gantry.testkit.FakeScript;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** response_format json_schema end to end: the OpenAI codec, the gateway's repair call, the fake provider. */
class OutputValidationHttpIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String VALID = "{\"name\":\"Ada\",\"age\":36}";
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
    void should_repair_an_invalid_answer_once_and_charge_for_both_calls() throws Exception {
        server.fake.enqueue(FakeScript.text("{\"name\":\"Ada\",\"age\":\"old\"}").usage(1000, 500, 0, 0, 0));
        server.fake.enqueue(FakeScript.text(VALID).usage(1000, 500, 0, 0, 0));
        int before = server.fake.requests().size();

        HttpResponse<String> r = askForPerson();

        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(JSON.readTree(r.body()).at("/choices/0/message/content").asText()).isEqualTo(VALID);
        assertThat(r.headers().firstValue("x-gantry-attempts")).contains("2");
        // $1/M input and $2/M output for fake-model: 2 * (1000 * 1 + 500 * 2) / 1M
        assertThat(new BigDecimal(r.headers().firstValue("x-gantry-cost-usd").orElseThrow()))
                .isEqualByComparingTo("0.004");
        assertThat(server.fake.requests()).hasSize(before + 2);
        assertThat(server.fake.lastRequest().body()).contains("/age", "Reply again with only valid JSON");
    }

    @Test
    void should_answer_502_naming_the_schema_errors_when_the_repair_fails_too() throws Exception {
        server.fake.enqueue(FakeScript.text("Ada, 36 years old"));
        server.fake.enqueue(FakeScript.text("{\"name\":\"Ada\"}"));

        HttpResponse<String> r = askForPerson();

        assertThat(r.statusCode()).as(r.body()).isEqualTo(502);
        JsonNode error = JSON.readTree(r.body()).get("error");
        assertThat(error.get("message").asText()).contains("schema 'person'", "repair attempt", "age")
                .doesNotContain("Exception");
    }

    @Test
    void should_send_a_routes_output_schema_upstream_and_repair_against_it() throws Exception {
        server.fake.enqueue(FakeScript.text("{\"name\":\"Ada\"}"));
        server.fake.enqueue(FakeScript.text(VALID));

        HttpResponse<String> r = server.post("/v1/chat/completions", """
                {"model": "person", "messages": [{"role": "user", "content": "Who is Ada?"}]}""");

        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(JSON.readTree(r.body()).at("/choices/0/message/content").asText()).isEqualTo(VALID);
        JsonNode first = JSON.readTree(server.fake.requests().get(server.fake.requests().size() - 2).body());
        assertThat(first.at("/response_format/json_schema/name").asText()).isEqualTo("person");
        assertThat(server.fake.lastRequest().body()).contains("age");
    }

    @Test
    void should_stream_a_valid_answer_and_end_an_invalid_one_with_an_error_event() {
        server.fake.enqueue(FakeScript.text(VALID));
        HttpResponse<String> ok = server.post("/v1/chat/completions", streamPerson());
        assertThat(ok.body()).contains("[DONE]").doesNotContain("\"error\"");

        server.fake.enqueue(FakeScript.text("{\"name\": \"Ada\", \"age\": \"old\"}"));
        HttpResponse<String> wrong = server.post("/v1/chat/completions", streamPerson());
        assertThat(wrong.statusCode()).isEqualTo(200);
        assertThat(wrong.body()).contains("data: {\"error\":", "schema 'person'", "/age").doesNotContain("[DONE]");
    }

    @Test
    void should_stop_a_stream_at_the_first_delta_that_cannot_be_json() {
        server.fake.enqueue(FakeScript.text("Sure! Here is the person you asked about: Ada, 36 years old."));
        HttpResponse<String> r = server.post("/v1/chat/completions", streamPerson());
        assertThat(r.body()).contains("data: {\"error\":", "not valid JSON").doesNotContain("36 years");
    }

    private static String streamPerson() {
        return """
                {"model": "person", "stream": true, "messages": [{"role": "user", "content": "Who is Ada?"}]}""";
    }

    private static HttpResponse<String> askForPerson() {
        return server.post("/v1/chat/completions", """
                {"model": "chat", "messages": [{"role": "user", "content": "Who is Ada?"}],
                 "response_format": {"type": "json_schema", "json_schema": {"name": "person", "strict": true,
                   "schema": {"type": "object", "required": ["name", "age"],
                              "properties": {"name": {"type": "string"}, "age": {"type": "integer"}}}}}}
                """);
    }
}
