package dev.gantry.testkit;

import static dev.gantry.testkit.FakeHttp.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gantry.core.http.SseEvent;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Behaviour common to every dialect: scripts, recording, faults, model-name defaults, load. */
class FakeProviderIT {
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

    private static String chat(String model, String user, boolean stream) {
        return "{\"model\":\"" + model + "\",\"stream\":" + stream + ",\"messages\":[{\"role\":\"user\",\"content\":\"" + user + "\"}]}";
    }

    @Test
    void should_give_a_base_url_without_a_path_on_loopback() {
        assertThat(fake.baseUrl()).isEqualTo("http://127.0.0.1:" + fake.port());
    }

    @Test
    void should_consume_scripts_in_order_across_endpoints_and_dialects() {
        fake.enqueue(FakeScript.text("first"), FakeScript.error(503), FakeScript.text("third"));

        String first = json(http.post("/v1/messages", "{\"model\":\"m\",\"messages\":[]}").body()).at("/content/0/text").asText();
        int second = http.post("/v1/embeddings", "{\"model\":\"e\",\"input\":\"x\"}").statusCode();
        String third = json(http.post(CHAT, chat("m", "hi", false)).body()).at("/choices/0/message/content").asText();
        String fourth = json(http.post(CHAT, chat("m", "hi", false)).body()).at("/choices/0/message/content").asText();

        assertThat(List.of(first, second, third, fourth)).containsExactly("first", 503, "third", "You said: hi");
        assertThat(fake.pendingScripts()).isZero();
    }

    @Test
    void should_record_method_path_query_lower_case_headers_and_body() {
        String body = chat("m", "record me", false);

        http.post(CHAT + "?trace=1", body);

        RecordedRequest r = fake.lastRequest();
        assertThat(r.method()).isEqualTo("POST");
        assertThat(r.path()).isEqualTo(CHAT);
        assertThat(r.query()).isEqualTo("trace=1");
        assertThat(r.headers()).containsEntry("authorization", "Bearer sk-test").containsKey("content-type");
        assertThat(r.header("Authorization")).isEqualTo("Bearer sk-test");
        assertThat(r.body()).isEqualTo(body);
        assertThat(r.json().path("model").asText()).isEqualTo("m");
        assertThat(r.lastUserText()).isEqualTo("record me");
    }

    @Test
    void should_record_a_request_before_answering_it() throws Exception {
        fake.enqueue(FakeScript.stall(Duration.ofSeconds(60)));

        CompletableFuture<HttpResponse<String>> pending = http.postAsync(CHAT, chat("m", "held", false));

        awaitRequests(1);
        assertThat(pending).isNotDone();
        fake.reset();
        assertThatThrownBy(() -> pending.get(10, TimeUnit.SECONDS)).as("released stall aborts the connection")
                .hasCauseInstanceOf(IOException.class);
    }

    @Test
    void should_pick_behaviour_by_model_name_when_the_queue_is_empty() {
        JsonNode tool = json(http.post(CHAT, chat("fake-tool", "weather", false)).body());
        HttpResponse<String> error = http.post(CHAT, chat("fake-error-503", "x", false));
        HttpResponse<String> limited = http.post(CHAT, chat("fake-429", "x", false));
        HttpResponse<String> slow = http.post(CHAT, chat("fake-slow-1", "slowly", false));

        assertThat(tool.at("/choices/0/message/tool_calls/0/function/name").asText()).isEqualTo("get_weather");
        assertThat(tool.at("/choices/0/message/tool_calls/0/function/arguments").asText()).isEqualTo("{\"city\":\"Paris\"}");
        assertThat(error.statusCode()).isEqualTo(503);
        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.headers().firstValue("retry-after")).hasValue("1");
        assertThat(json(slow.body()).at("/choices/0/message/content").asText()).isEqualTo("You said: slowly");
    }

    @Test
    void should_cut_a_stream_without_its_terminal_chunk_so_clients_see_an_error() throws IOException {
        fake.enqueue(FakeScript.text("one two three four").cutAfterChunks(2));

        String wire = RawHttp.exchange(fake.port(), CHAT, chat("m", "x", true));

        assertThat(wire).contains("Transfer-Encoding: chunked", "\"content\":\"one\"", "\"content\":\" two\"")
                .doesNotContain("Content-Length", "three", "finish_reason\":\"stop", "[DONE]")
                .doesNotEndWith("0\r\n\r\n");
    }

    @Test
    void should_make_a_jdk_client_fail_on_a_cut_stream() {
        fake.enqueue(FakeScript.text("one two three four").cutAfterChunks(1));

        HttpResponse<InputStream> res = http.postForStream(CHAT, chat("m", "x", true));

        assertThatThrownBy(() -> new ByteCollector().readAll(res.body())).isInstanceOf(IOException.class);
    }

    @Test
    void should_send_a_non_json_event_when_scripted_malformed() {
        fake.enqueue(FakeScript.text("one two three").malformedAfterChunks(1));

        List<SseEvent> events = http.events(CHAT, chat("m", "x", true));

        List<String> data = events.stream().map(SseEvent::data).toList();
        assertThat(data.get(2)).startsWith("{\"choices\": [ this is not JSON");
        assertThat(data.getLast()).isEqualTo("[DONE]");
    }

    @Test
    void should_send_a_malformed_body_when_not_streaming() {
        fake.enqueue(FakeScript.text("x").malformedAfterChunks(0));

        HttpResponse<String> res = http.post(CHAT, chat("m", "x", false));

        assertThat(res.statusCode()).isEqualTo(200);
        assertThatThrownBy(() -> FakeHttp.MAPPER.readTree(res.body())).isInstanceOf(IOException.class);
    }

    @Test
    void should_hold_a_stream_mid_way_until_reset() throws Exception {
        fake.enqueue(FakeScript.text("one two three").stallAfterChunks(1, Duration.ofSeconds(60)));
        HttpResponse<InputStream> res = http.postForStream(CHAT, chat("m", "x", true));
        ByteCollector seen = new ByteCollector();
        Thread reader = Thread.ofVirtual().start(() -> {
            try {
                seen.readAll(res.body());
            } catch (IOException expected) {
                // the released stall aborts the connection
            }
        });

        seen.awaitText("\"content\":\"one\"");
        assertThat(reader.isAlive()).isTrue();
        fake.reset();
        reader.join(Duration.ofSeconds(10));

        assertThat(reader.isAlive()).as("reader released").isFalse();
        assertThat(seen.text()).doesNotContain("two");
    }

    @Test
    void should_answer_404_with_the_served_endpoints_for_an_unknown_path() {
        HttpResponse<String> res = http.post("/v2/unknown", "{}");

        assertThat(res.statusCode()).isEqualTo(404);
        assertThat(json(res.body()).at("/error/message").asText()).contains("/v1/chat/completions");
    }

    @Test
    void should_answer_400_when_the_body_is_not_json() {
        HttpResponse<String> res = http.post(CHAT, "not json");

        assertThat(res.statusCode()).isEqualTo(400);
    }

    @Test
    void should_serve_hundreds_of_concurrent_streams() {
        List<CompletableFuture<HttpResponse<String>>> calls = new ArrayList<>();
        for (int i = 0; i < 300; i++) calls.add(http.postAsync(CHAT, chat("fake-slow-50", "n" + i, i % 2 == 0)));

        List<HttpResponse<String>> done = calls.stream().map(CompletableFuture::join).toList();

        assertThat(done).allSatisfy(r -> assertThat(r.statusCode()).isEqualTo(200));
        assertThat(done.get(1).body()).contains("You said: n1");
        assertThat(done.get(2).body()).contains("\"content\":\" n2\"").endsWith("data: [DONE]\n\n");
        assertThat(fake.requests()).hasSize(300);
    }

    @Test
    void should_not_record_when_recording_is_off() {
        fake.recording(false);
        try {
            http.post(CHAT, chat("m", "x", false));

            assertThat(fake.requests()).isEmpty();
        } finally {
            fake.recording(true);
        }
    }

    private static void awaitRequests(int n) throws InterruptedException {
        for (int i = 0; i < 1000 && fake.requests().size() < n; i++) Thread.sleep(10);
        assertThat(fake.requests()).hasSize(n);
    }

    /** Collects a body as it arrives, so a test can look at what came before a failure. */
    private static final class ByteCollector {
        private final StringBuffer text = new StringBuffer();

        void readAll(InputStream in) throws IOException {
            try (in) {
                byte[] buf = new byte[256];
                for (int n = in.read(buf); n >= 0; n = in.read(buf)) text.append(new String(buf, 0, n, StandardCharsets.UTF_8));
            }
        }

        void awaitText(String expected) throws InterruptedException {
            for (int i = 0; i < 1000 && !text().contains(expected); i++) Thread.sleep(10);
            assertThat(text()).contains(expected);
        }

        String text() {
            return text.toString();
        }
    }
}
