package dev.gantry.testkit;

import static dev.gantry.testkit.FakeHttp.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gantry.core.chat.ToolCall;
import dev.gantry.core.http.SseEvent;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OpenAiFakeIT {
    private static final String CHAT = "/v1/chat/completions";
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

    private static String chat(String user, String extra) {
        return "{\"model\":\"gpt-test\",\"messages\":[{\"role\":\"system\",\"content\":\"Be brief.\"},"
                + "{\"role\":\"user\",\"content\":\"" + user + "\"}]" + extra + "}";
    }

    @Test
    void should_answer_with_a_chat_completion_object() {
        fake.enqueue(FakeScript.text("Hello there world"));

        HttpResponse<String> res = http.post(CHAT, chat("Say hello now", ""));

        assertThat(res.statusCode()).isEqualTo(200);
        assertThat(res.headers().firstValue("content-type")).hasValue("application/json");
        JsonNode body = json(res.body());
        assertThat(body.path("id").asText()).startsWith("chatcmpl-");
        assertThat(body.path("object").asText()).isEqualTo("chat.completion");
        assertThat(body.path("created").asLong()).isPositive();
        assertThat(body.path("model").asText()).isEqualTo("gpt-test");
        JsonNode choice = body.path("choices").get(0);
        assertThat(choice.path("index").asInt()).isZero();
        assertThat(choice.path("message").path("role").asText()).isEqualTo("assistant");
        assertThat(choice.path("message").path("content").asText()).isEqualTo("Hello there world");
        assertThat(choice.path("finish_reason").asText()).isEqualTo("stop");
        assertThat(choice.get("logprobs").isNull()).isTrue();
        JsonNode usage = body.path("usage");
        assertThat(usage.path("prompt_tokens").asLong()).as("words of 'Be brief.' + 'Say hello now'").isEqualTo(5);
        assertThat(usage.path("completion_tokens").asLong()).isEqualTo(3);
        assertThat(usage.path("total_tokens").asLong()).isEqualTo(8);
        assertThat(usage.path("prompt_tokens_details").path("cached_tokens").asLong()).isZero();
        assertThat(usage.path("completion_tokens_details").path("reasoning_tokens").asLong()).isZero();
    }

    @Test
    void should_echo_the_last_user_text_when_the_queue_is_empty() {
        JsonNode body = json(http.post(CHAT, chat("ping me", "")).body());

        assertThat(body.at("/choices/0/message/content").asText()).isEqualTo("You said: ping me");
    }

    @Test
    void should_write_scripted_usage_and_reasoning_content() {
        fake.enqueue(FakeScript.text("Four").thinking("Two and two").usage(30, 9, 12, 0, 4));

        JsonNode body = json(http.post(CHAT, chat("2+2", "")).body());

        assertThat(body.at("/choices/0/message/reasoning_content").asText()).isEqualTo("Two and two");
        assertThat(body.at("/usage/prompt_tokens").asLong()).isEqualTo(30);
        assertThat(body.at("/usage/completion_tokens").asLong()).isEqualTo(9);
        assertThat(body.at("/usage/prompt_tokens_details/cached_tokens").asLong()).isEqualTo(12);
        assertThat(body.at("/usage/completion_tokens_details/reasoning_tokens").asLong()).isEqualTo(4);
    }

    @Test
    void should_honour_n_with_that_many_choices() {
        JsonNode body = json(http.post(CHAT, chat("hi", ",\"n\":3")).body());

        assertThat(body.path("choices")).hasSize(3);
        assertThat(body.at("/choices/2/index").asInt()).isEqualTo(2);
        assertThat(body.at("/choices/2/message/content").asText()).isEqualTo("You said: hi");
    }

    @Test
    void should_answer_tool_calls_with_null_content() {
        fake.enqueue(FakeScript.toolCalls(new ToolCall("call_1", "get_weather", "{\"city\":\"Paris\"}"),
                new ToolCall("call_2", "get_time", "{}")));

        JsonNode message = json(http.post(CHAT, chat("weather", "")).body()).at("/choices/0");

        assertThat(message.path("finish_reason").asText()).isEqualTo("tool_calls");
        assertThat(message.at("/message/content").isNull()).isTrue();
        assertThat(message.at("/message/tool_calls")).hasSize(2);
        assertThat(message.at("/message/tool_calls/0/id").asText()).isEqualTo("call_1");
        assertThat(message.at("/message/tool_calls/0/type").asText()).isEqualTo("function");
        assertThat(message.at("/message/tool_calls/0/function/name").asText()).isEqualTo("get_weather");
        assertThat(message.at("/message/tool_calls/0/function/arguments").asText()).isEqualTo("{\"city\":\"Paris\"}");
        assertThat(message.at("/message/tool_calls/1/function/name").asText()).isEqualTo("get_time");
    }

    @Test
    void should_stream_role_first_then_content_finish_usage_and_done() {
        fake.enqueue(FakeScript.text("Hello there world").usage(7, 3, 0, 0, 0));

        List<SseEvent> events = http.events(CHAT, chat("hi", ",\"stream\":true,\"stream_options\":{\"include_usage\":true}"));

        assertThat(events.getLast().data()).isEqualTo("[DONE]");
        List<JsonNode> chunks = events.subList(0, events.size() - 1).stream().map(e -> json(e.data())).toList();
        assertThat(chunks).allSatisfy(c -> assertThat(c.path("object").asText()).isEqualTo("chat.completion.chunk"));
        assertThat(chunks.getFirst().at("/choices/0/delta/role").asText()).isEqualTo("assistant");
        assertThat(contentOf(chunks)).isEqualTo("Hello there world");
        assertThat(chunks.stream().filter(c -> c.at("/choices/0/delta/content").asText().length() > 0)).hasSize(3);
        JsonNode finish = chunks.get(chunks.size() - 2);
        assertThat(finish.at("/choices/0/finish_reason").asText()).isEqualTo("stop");
        assertThat(finish.get("usage").isNull()).isTrue();
        JsonNode usage = chunks.getLast();
        assertThat(usage.path("choices")).isEmpty();
        assertThat(usage.at("/usage/prompt_tokens").asLong()).isEqualTo(7);
        assertThat(usage.at("/usage/completion_tokens").asLong()).isEqualTo(3);
    }

    @Test
    void should_stream_without_a_usage_chunk_unless_include_usage() {
        List<SseEvent> events = http.events(CHAT, chat("hi", ",\"stream\":true"));

        List<JsonNode> chunks = events.subList(0, events.size() - 1).stream().map(e -> json(e.data())).toList();
        assertThat(chunks).noneSatisfy(c -> assertThat(c.has("usage")).isTrue());
        assertThat(chunks.getLast().at("/choices/0/finish_reason").asText()).isEqualTo("stop");
    }

    @Test
    void should_stream_tool_calls_as_id_and_name_then_argument_fragments() {
        fake.enqueue(FakeScript.toolCalls(new ToolCall("call_1", "get_weather", "{\"city\":\"Paris\",\"unit\":\"c\"}"),
                new ToolCall("call_2", "get_time", "{\"tz\":\"CET\"}")));

        List<SseEvent> events = http.events(CHAT, chat("weather", ",\"stream\":true"));

        List<JsonNode> calls = events.stream().filter(e -> !e.data().equals("[DONE]")).map(e -> json(e.data()))
                .filter(c -> c.at("/choices/0/delta").has("tool_calls")).map(c -> c.at("/choices/0/delta/tool_calls/0")).toList();
        assertThat(calls.getFirst().path("id").asText()).isEqualTo("call_1");
        assertThat(calls.getFirst().at("/function/name").asText()).isEqualTo("get_weather");
        assertThat(calls.get(1).has("id")).isFalse();
        assertThat(argumentsOf(calls, 0)).isEqualTo("{\"city\":\"Paris\",\"unit\":\"c\"}");
        assertThat(calls.stream().filter(c -> c.path("index").asInt() == 0)).hasSizeGreaterThan(2);
        assertThat(argumentsOf(calls, 1)).isEqualTo("{\"tz\":\"CET\"}");
        JsonNode finish = json(events.get(events.size() - 2).data());
        assertThat(finish.at("/choices/0/finish_reason").asText()).isEqualTo("tool_calls");
    }

    @Test
    void should_answer_errors_in_openai_shape() {
        fake.enqueue(FakeScript.rateLimited(9), FakeScript.contextLengthExceeded(), FakeScript.error(500));

        HttpResponse<String> limited = http.post(CHAT, chat("a", ""));
        HttpResponse<String> tooLong = http.post(CHAT, chat("b", ""));
        HttpResponse<String> failed = http.post(CHAT, chat("c", ""));

        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.headers().firstValue("retry-after")).hasValue("9");
        assertThat(json(limited.body()).at("/error/code").asText()).isEqualTo("rate_limit_exceeded");
        assertThat(tooLong.statusCode()).isEqualTo(400);
        assertThat(json(tooLong.body()).at("/error/code").asText()).isEqualTo("context_length_exceeded");
        assertThat(json(tooLong.body()).at("/error/type").asText()).isEqualTo("invalid_request_error");
        assertThat(json(tooLong.body()).at("/error/message").asText()).contains("maximum context length");
        assertThat(failed.statusCode()).isEqualTo(500);
        assertThat(json(failed.body()).at("/error/type").asText()).isEqualTo("server_error");
        assertThat(json(failed.body()).path("error").has("param")).isTrue();
    }

    @Test
    void should_embed_deterministically_as_floats_or_base64() {
        JsonNode floats = json(http.post("/v1/embeddings", "{\"model\":\"emb\",\"input\":[\"alpha\",\"beta two\"]}").body());
        JsonNode base64 = json(http.post("/v1/embeddings",
                "{\"model\":\"emb\",\"input\":\"beta two\",\"encoding_format\":\"base64\",\"dimensions\":4}").body());

        assertThat(floats.path("object").asText()).isEqualTo("list");
        assertThat(floats.path("data")).hasSize(2);
        assertThat(floats.at("/data/1/index").asInt()).isEqualTo(1);
        assertThat(floats.at("/data/1/object").asText()).isEqualTo("embedding");
        float[] beta = FakeProvider.embeddingOf("beta two");
        assertThat(floats.at("/data/1/embedding")).hasSize(8);
        assertThat((float) floats.at("/data/1/embedding/3").asDouble()).isEqualTo(beta[3]);
        assertThat(floats.at("/usage/prompt_tokens").asLong()).isEqualTo(3);
        assertThat(floats.path("model").asText()).isEqualTo("emb");
        assertThat(decode(base64.at("/data/0/embedding").asText())).containsExactly(FakeProvider.embeddingOf("beta two", 4));
    }

    @Test
    void should_serve_azure_deployment_paths_with_the_deployment_as_model() {
        HttpResponse<String> res = http.post("/openai/deployments/my-gpt/chat/completions?api-version=2024-10-21",
                "{\"messages\":[{\"role\":\"user\",\"content\":[{\"type\":\"text\",\"text\":\"hello azure\"}]}]}");

        assertThat(json(res.body()).path("model").asText()).isEqualTo("my-gpt");
        assertThat(json(res.body()).at("/choices/0/message/content").asText()).isEqualTo("You said: hello azure");
        RecordedRequest r = fake.lastRequest();
        assertThat(r.query()).isEqualTo("api-version=2024-10-21");
        assertThat(r.model()).isEqualTo("my-gpt");
        assertThat(r.dialect()).isEqualTo(FakeDialect.OPENAI);
    }

    @Test
    void should_list_models() {
        JsonNode models = json(http.get("/v1/models").body());

        assertThat(models.path("object").asText()).isEqualTo("list");
        assertThat(models.at("/data/0/object").asText()).isEqualTo("model");
    }

    static String contentOf(List<JsonNode> chunks) {
        StringBuilder sb = new StringBuilder();
        for (JsonNode c : chunks) sb.append(c.at("/choices/0/delta/content").asText(""));
        return sb.toString();
    }

    private static String argumentsOf(List<JsonNode> calls, int index) {
        StringBuilder sb = new StringBuilder();
        for (JsonNode c : calls) if (c.path("index").asInt() == index) sb.append(c.at("/function/arguments").asText());
        return sb.toString();
    }

    private static float[] decode(String base64) {
        ByteBuffer buf = ByteBuffer.wrap(Base64.getDecoder().decode(base64)).order(ByteOrder.LITTLE_ENDIAN);
        float[] v = new float[buf.remaining() / 4];
        for (int i = 0; i < v.length; i++) v[i] = buf.getFloat();
        return v;
    }
}
