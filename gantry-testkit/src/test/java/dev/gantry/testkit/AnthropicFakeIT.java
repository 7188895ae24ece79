package dev.gantry.testkit;

import static dev.gantry.testkit.FakeHttp.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gantry.core.chat.FinishReason;
import dev.gantry.core.chat.ToolCall;
import dev.gantry.core.http.SseEvent;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AnthropicFakeIT {
    private static final String MESSAGES = "/v1/messages";
    private static FakeProvider fake;
    private static FakeHttp http;

    @BeforeAll
    static void start() {
        fake = FakeProvider.start();
        http = new FakeHttp(fake.baseUrl());
    }

    @AfterAll
    static void stop() {
        fake.close();
    }

    @BeforeEach
    void reset() {
        fake.reset();
    }

    private static String messages(String extra) {
        return "{\"model\":\"claude-test\",\"max_tokens\":100,\"system\":[{\"type\":\"text\",\"text\":\"Be brief.\"}],"
                + "\"messages\":[{\"role\":\"user\",\"content\":\"What is two plus two?\"}]" + extra + "}";
    }

    @Test
    void should_answer_with_a_message_object_of_thinking_text_and_tool_use_blocks() {
        fake.enqueue(FakeScript.toolCalls(new ToolCall("toolu_1", "calc", "{\"expr\":\"2+2\"}")).thinking("Use the tool"));

        JsonNode body = json(http.post(MESSAGES, messages("")).body());

        assertThat(body.path("id").asText()).startsWith("msg_");
        assertThat(body.path("type").asText()).isEqualTo("message");
        assertThat(body.path("role").asText()).isEqualTo("assistant");
        assertThat(body.path("model").asText()).isEqualTo("claude-test");
        assertThat(body.at("/content/0/type").asText()).isEqualTo("thinking");
        assertThat(body.at("/content/0/thinking").asText()).isEqualTo("Use the tool");
        assertThat(body.at("/content/0/signature").asText()).isNotBlank();
        assertThat(body.at("/content/1/type").asText()).isEqualTo("tool_use");
        assertThat(body.at("/content/1/id").asText()).isEqualTo("toolu_1");
        assertThat(body.at("/content/1/input/expr").asText()).isEqualTo("2+2");
        assertThat(body.path("stop_reason").asText()).isEqualTo("tool_use");
        assertThat(body.get("stop_sequence").isNull()).isTrue();
    }

    @Test
    void should_report_input_tokens_without_the_cached_ones() {
        fake.enqueue(FakeScript.text("Four").usage(100, 5, 60, 30, 0));

        JsonNode usage = json(http.post(MESSAGES, messages("")).body()).path("usage");

        assertThat(usage.path("input_tokens").asLong()).isEqualTo(10);
        assertThat(usage.path("cache_read_input_tokens").asLong()).isEqualTo(60);
        assertThat(usage.path("cache_creation_input_tokens").asLong()).isEqualTo(30);
        assertThat(usage.path("output_tokens").asLong()).isEqualTo(5);
    }

    @Test
    void should_count_system_and_message_words_by_default_and_map_max_tokens() {
        fake.enqueue(FakeScript.text("It is four").finishReason(FinishReason.LENGTH));

        JsonNode body = json(http.post(MESSAGES, messages("")).body());

        assertThat(body.at("/content/0/text").asText()).isEqualTo("It is four");
        assertThat(body.path("stop_reason").asText()).isEqualTo("max_tokens");
        assertThat(body.at("/usage/input_tokens").asLong()).as("'Be brief.' + 'What is two plus two?'").isEqualTo(7);
        assertThat(body.at("/usage/output_tokens").asLong()).isEqualTo(3);
    }

    @Test
    void should_stream_the_real_event_sequence() {
        fake.enqueue(FakeScript.text("It is four").thinking("Add them"));

        List<SseEvent> events = http.events(MESSAGES, messages(",\"stream\":true"));

        assertThat(events.stream().map(SseEvent::event).toList()).containsExactly(
                "message_start",
                "content_block_start", "ping", "content_block_delta", "content_block_delta", "content_block_delta",
                "content_block_stop",
                "content_block_start", "content_block_delta", "content_block_delta", "content_block_delta",
                "content_block_stop",
                "message_delta", "message_stop");
        assertThat(events).allSatisfy(e -> assertThat(json(e.data()).path("type").asText()).isEqualTo(e.event()));
        JsonNode start = json(events.getFirst().data()).path("message");
        assertThat(start.path("content")).isEmpty();
        assertThat(start.at("/usage/input_tokens").asLong()).isEqualTo(7);
        assertThat(deltaText(events, "thinking_delta", "thinking")).isEqualTo("Add them");
        assertThat(deltaText(events, "signature_delta", "signature")).isNotBlank();
        assertThat(deltaText(events, "text_delta", "text")).isEqualTo("It is four");
        JsonNode messageDelta = json(events.get(events.size() - 2).data());
        assertThat(messageDelta.at("/delta/stop_reason").asText()).isEqualTo("end_turn");
        assertThat(messageDelta.at("/usage/output_tokens").asLong()).isEqualTo(5);
    }

    @Test
    void should_stream_tool_input_as_partial_json_pieces() {
        fake.enqueue(FakeScript.toolCalls(new ToolCall("toolu_1", "get_weather", "{\"city\": \"Paris\", \"unit\": \"c\"}")));

        List<SseEvent> events = http.events(MESSAGES, messages(",\"stream\":true"));

        JsonNode blockStart = json(events.get(1).data()).path("content_block");
        assertThat(blockStart.path("type").asText()).isEqualTo("tool_use");
        assertThat(blockStart.path("id").asText()).isEqualTo("toolu_1");
        assertThat(blockStart.path("name").asText()).isEqualTo("get_weather");
        String partial = deltaText(events, "input_json_delta", "partial_json");
        assertThat(json(partial)).isEqualTo(json("{\"city\":\"Paris\",\"unit\":\"c\"}"));
        assertThat(events.stream().filter(e -> e.data().contains("input_json_delta"))).hasSizeGreaterThan(2);
        assertThat(json(events.get(events.size() - 2).data()).at("/delta/stop_reason").asText()).isEqualTo("tool_use");
    }

    @Test
    void should_answer_errors_in_anthropic_shape() {
        fake.enqueue(FakeScript.contextLengthExceeded(), FakeScript.rateLimited(2), FakeScript.error(529));

        HttpResponse<String> tooLong = http.post(MESSAGES, messages(""));
        HttpResponse<String> limited = http.post(MESSAGES, messages(""));
        HttpResponse<String> overloaded = http.post(MESSAGES, messages(""));

        assertThat(tooLong.statusCode()).isEqualTo(400);
        assertThat(json(tooLong.body()).path("type").asText()).isEqualTo("error");
        assertThat(json(tooLong.body()).at("/error/type").asText()).isEqualTo("invalid_request_error");
        assertThat(json(tooLong.body()).at("/error/message").asText()).matches("prompt is too long: \\d+ tokens > 200000 maximum");
        assertThat(limited.headers().firstValue("retry-after")).hasValue("2");
        assertThat(json(limited.body()).at("/error/type").asText()).isEqualTo("rate_limit_error");
        assertThat(overloaded.statusCode()).isEqualTo(529);
        assertThat(json(overloaded.body()).at("/error/type").asText()).isEqualTo("overloaded_error");
    }

    @Test
    void should_read_anthropic_requests_for_assertions() {
        http.post(MESSAGES, "{\"model\":\"claude-test\",\"max_tokens\":33,\"temperature\":0.5,\"system\":\"Sys\","
                + "\"tools\":[{\"name\":\"get_weather\",\"input_schema\":{}}],"
                + "\"messages\":[{\"role\":\"user\",\"content\":[{\"type\":\"text\",\"text\":\"Hi\"}]}]}");

        RecordedRequest r = fake.lastRequest();
        assertThat(r.dialect()).isEqualTo(FakeDialect.ANTHROPIC);
        assertThat(r.model()).isEqualTo("claude-test");
        assertThat(r.systemText()).isEqualTo("Sys");
        assertThat(r.lastUserText()).isEqualTo("Hi");
        assertThat(r.maxTokens()).isEqualTo(33);
        assertThat(r.temperature()).isEqualTo(0.5);
        assertThat(r.toolNames()).containsExactly("get_weather");
        assertThat(r.stream()).isFalse();
    }

    private static String deltaText(List<SseEvent> events, String deltaType, String field) {
        StringBuilder sb = new StringBuilder();
        for (SseEvent e : events) {
            JsonNode delta = json(e.data()).path("delta");
            if (deltaType.equals(delta.path("type").asText())) sb.append(delta.path(field).asText());
        }
        return sb.toString();
    }
}
