package dev.gantry.testkit;

import static dev.gantry.testkit.FakeHttp.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gantry.core.chat.FinishReason;
import dev.gantry.core.chat.ToolCall;
import dev.gantry.core.http.SseEvent;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class GeminiFakeIT {
    private static final String GENERATE = "/v1beta/models/gemini-test:generateContent";
    private static final String STREAM = "/v1beta/models/gemini-test:streamGenerateContent?alt=sse";
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

    private static final String REQUEST = "{\"systemInstruction\":{\"parts\":[{\"text\":\"Be brief.\"}]},"
            + "\"contents\":[{\"role\":\"user\",\"parts\":[{\"text\":\"Weather in Paris?\"}]}],"
            + "\"generationConfig\":{\"temperature\":0.2,\"maxOutputTokens\":64},"
            + "\"tools\":[{\"functionDeclarations\":[{\"name\":\"get_weather\"}]}]}";

    @Test
    void should_answer_with_a_generate_content_response() {
        fake.enqueue(FakeScript.text("Sunny").thinking("Check the sky").usage(50, 10, 20, 0, 4));

        JsonNode body = json(http.post(GENERATE, REQUEST).body());

        JsonNode candidate = body.at("/candidates/0");
        assertThat(candidate.at("/content/role").asText()).isEqualTo("model");
        assertThat(candidate.at("/content/parts/0/text").asText()).isEqualTo("Check the sky");
        assertThat(candidate.at("/content/parts/0/thought").asBoolean()).isTrue();
        assertThat(candidate.at("/content/parts/1/text").asText()).isEqualTo("Sunny");
        assertThat(candidate.at("/content/parts/1").has("thought")).isFalse();
        assertThat(candidate.path("finishReason").asText()).isEqualTo("STOP");
        assertThat(candidate.path("index").asInt()).isZero();
        JsonNode usage = body.path("usageMetadata");
        assertThat(usage.path("promptTokenCount").asLong()).isEqualTo(50);
        assertThat(usage.path("candidatesTokenCount").asLong()).as("excludes thoughts").isEqualTo(6);
        assertThat(usage.path("thoughtsTokenCount").asLong()).isEqualTo(4);
        assertThat(usage.path("cachedContentTokenCount").asLong()).isEqualTo(20);
        assertThat(usage.path("totalTokenCount").asLong()).isEqualTo(60);
        assertThat(body.path("modelVersion").asText()).isEqualTo("gemini-test");
    }

    @Test
    void should_answer_function_calls_without_ids_and_max_tokens_as_max_tokens() {
        fake.enqueue(FakeScript.toolCalls(new ToolCall("call_1", "get_weather", "{\"city\":\"Paris\"}")),
                FakeScript.text("Long").finishReason(FinishReason.LENGTH));

        JsonNode calls = json(http.post(GENERATE, REQUEST).body()).at("/candidates/0");
        JsonNode length = json(http.post(GENERATE, REQUEST).body()).at("/candidates/0");

        assertThat(calls.at("/content/parts/0/functionCall/name").asText()).isEqualTo("get_weather");
        assertThat(calls.at("/content/parts/0/functionCall/args/city").asText()).isEqualTo("Paris");
        assertThat(calls.at("/content/parts/0/functionCall").has("id")).isFalse();
        assertThat(calls.path("finishReason").asText()).isEqualTo("STOP");
        assertThat(length.path("finishReason").asText()).isEqualTo("MAX_TOKENS");
    }

    @Test
    void should_stream_response_pieces_with_crlf_and_no_done_marker() throws IOException {
        fake.enqueue(FakeScript.text("Sunny and warm").usage(8, 3, 0, 0, 0));

        HttpResponse<InputStream> res = http.postForStream(STREAM, REQUEST);
        String raw;
        try (InputStream in = res.body()) {
            raw = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }

        assertThat(res.headers().firstValue("content-type")).hasValueSatisfying(v -> assertThat(v).startsWith("text/event-stream"));
        assertThat(raw).startsWith("data: {").contains("\r\n\r\n").doesNotContain("[DONE]");
        List<JsonNode> chunks = raw.lines().filter(l -> l.startsWith("data: ")).map(l -> json(l.substring(6))).toList();
        StringBuilder text = new StringBuilder();
        chunks.forEach(c -> text.append(c.at("/candidates/0/content/parts/0/text").asText()));
        assertThat(text.toString()).isEqualTo("Sunny and warm");
        assertThat(chunks.subList(0, chunks.size() - 1)).noneSatisfy(c -> assertThat(c.at("/candidates/0").has("finishReason")).isTrue());
        JsonNode last = chunks.getLast();
        assertThat(last.at("/candidates/0/finishReason").asText()).isEqualTo("STOP");
        assertThat(last.at("/usageMetadata/candidatesTokenCount").asLong()).isEqualTo(3);
        assertThat(chunks.getFirst().at("/usageMetadata/promptTokenCount").asLong()).isEqualTo(8);
    }

    @Test
    void should_stream_function_calls_whole() {
        fake.enqueue(FakeScript.toolCalls(new ToolCall("a", "get_weather", "{\"city\":\"Paris\"}"),
                new ToolCall("b", "get_weather", "{\"city\":\"Rome\"}")));

        List<SseEvent> events = http.events(STREAM, REQUEST);

        JsonNode parts = json(events.getFirst().data()).at("/candidates/0/content/parts");
        assertThat(parts).hasSize(2);
        assertThat(parts.at("/1/functionCall/args/city").asText()).isEqualTo("Rome");
        assertThat(json(events.getLast().data()).at("/candidates/0/finishReason").asText()).isEqualTo("STOP");
    }

    @Test
    void should_answer_errors_in_google_shape() {
        fake.enqueue(FakeScript.rateLimited(30), FakeScript.contextLengthExceeded(), FakeScript.error(500));

        HttpResponse<String> limited = http.post(GENERATE, REQUEST);
        HttpResponse<String> tooLong = http.post(GENERATE, REQUEST);
        HttpResponse<String> failed = http.post(GENERATE, REQUEST);

        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.headers().firstValue("retry-after")).hasValue("30");
        assertThat(json(limited.body()).at("/error/status").asText()).isEqualTo("RESOURCE_EXHAUSTED");
        assertThat(json(limited.body()).at("/error/code").asInt()).isEqualTo(429);
        assertThat(json(limited.body()).at("/error/details/0/retryDelay").asText()).isEqualTo("30s");
        assertThat(json(tooLong.body()).at("/error/status").asText()).isEqualTo("INVALID_ARGUMENT");
        assertThat(json(tooLong.body()).at("/error/message").asText())
                .matches("The input token count \\(\\d+\\) exceeds the maximum number of tokens allowed \\(\\d+\\)\\.");
        assertThat(json(failed.body()).at("/error/status").asText()).isEqualTo("INTERNAL");
    }

    @Test
    void should_batch_embed_with_the_requested_dimensions() {
        JsonNode body = json(http.post("/v1beta/models/text-embedding-004:batchEmbedContents",
                "{\"requests\":[{\"model\":\"models/text-embedding-004\",\"content\":{\"parts\":[{\"text\":\"alpha\"}]}},"
                        + "{\"model\":\"models/text-embedding-004\",\"content\":{\"parts\":[{\"text\":\"beta\"}]},"
                        + "\"outputDimensionality\":3}]}").body());

        assertThat(body.path("embeddings")).hasSize(2);
        assertThat(body.at("/embeddings/0/values")).hasSize(8);
        assertThat(body.at("/embeddings/1/values")).hasSize(3);
        assertThat((float) body.at("/embeddings/1/values/2").asDouble()).isEqualTo(FakeProvider.embeddingOf("beta", 3)[2]);
    }

    @Test
    void should_read_gemini_requests_for_assertions() {
        http.post(STREAM, REQUEST);

        RecordedRequest r = fake.lastRequest();
        assertThat(r.dialect()).isEqualTo(FakeDialect.GEMINI);
        assertThat(r.model()).isEqualTo("gemini-test");
        assertThat(r.query()).isEqualTo("alt=sse");
        assertThat(r.stream()).isTrue();
        assertThat(r.systemText()).isEqualTo("Be brief.");
        assertThat(r.lastUserText()).isEqualTo("Weather in Paris?");
        assertThat(r.temperature()).isEqualTo(0.2);
        assertThat(r.maxTokens()).isEqualTo(64);
        assertThat(r.toolNames()).containsExactly("get_weather");
    }
}
