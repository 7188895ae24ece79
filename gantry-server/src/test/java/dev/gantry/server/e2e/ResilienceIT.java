package dev.gantry.server.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gantry.server.GantryServerFixture;
import dev.gantry.testkit.FakeScript;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Retries, Retry-After, first-token fallback and client disconnects, seen from outside the running server. */
class ResilienceIT {
    /** Each alias has a target of its own, so failures provoked in one test trip no breaker used by another. */
    private static final String EXTRA_MODELS = String.join("\n",
            "  - {name: retrying, targets: [{provider: oai, model: fake-retrying}], retry: {attempts: 2, backoff: 1ms}}",
            "  - {name: patient, targets: [{provider: oai, model: fake-patient}], retry: {attempts: 2, backoff: 1ms, max-backoff: 5s}}",
            "  - name: impatient",
            "    targets: [{provider: oai, model: fake-stalling}]",
            "    timeouts: {first-token: 300ms}",
            "    retry: {attempts: 1}",
            "    fallbacks: [rescue]",
            "  - {name: rescue, targets: [{provider: ant, model: fake-rescue}], retry: {attempts: 1}}",
            "  - {name: long-stream, targets: [{provider: oai, model: fake-long}], retry: {attempts: 1}}",
            "");
    private static GantryServerFixture server;

    @BeforeAll
    static void start() {
        server = GantryServerFixture.start(EXTRA_MODELS);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @BeforeEach
    void reset() {
        server.fake.reset();
    }

    private static String chat(String model, boolean stream) {
        return "{\"model\":\"" + model + "\",\"stream\":" + stream + ",\"messages\":[{\"role\":\"user\",\"content\":\"hello\"}]}";
    }

    @Test
    void should_retry_a_failed_call_and_say_so_in_the_attempts_header() {
        server.fake.enqueue(FakeScript.error(503), FakeScript.text("second time lucky"));

        HttpResponse<String> r = server.post("/v1/chat/completions", chat("retrying", false));

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(SseEvents.json(r.body()).at("/choices/0/message/content").asText()).isEqualTo("second time lucky");
        assertThat(r.headers().firstValue("x-gantry-attempts")).hasValue("2");
        assertThat(r.headers().firstValue("x-gantry-route").orElse("")).contains("!upstream_unavailable");
        assertThat(server.fake.requests()).hasSize(2);
    }

    @Test
    void should_wait_at_least_the_upstreams_retry_after_before_retrying() {
        server.fake.enqueue(FakeScript.rateLimited(1), FakeScript.text("worth the wait"));

        long start = System.nanoTime();
        HttpResponse<String> r = server.post("/v1/chat/completions", chat("patient", false));
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("x-gantry-attempts")).hasValue("2");
        // a lower bound only: the gateway slept for the upstream's Retry-After of 1 s
        assertThat(took).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void should_move_to_the_fallback_instead_of_waiting_out_a_retry_after_longer_than_max_backoff() {
        server.fake.enqueue(FakeScript.rateLimited(30), FakeScript.text("from the fallback"));

        HttpResponse<String> r = server.post("/v1/chat/completions", chat("flaky", false));

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("x-gantry-provider")).hasValue("ant");
        assertThat(r.headers().firstValue("x-gantry-attempts")).as("no retry on oai, one call on the fallback").hasValue("2");
    }

    @Test
    void should_fall_back_invisibly_when_a_stream_sends_headers_but_no_first_token_in_time() {
        assertStalledStreamFallsBack(FakeScript.text("too late").stallAfterChunks(0, Duration.ofSeconds(20)));
    }

    @Test
    void should_fall_back_invisibly_when_a_stream_holds_back_its_headers_past_the_first_token_timeout() {
        assertStalledStreamFallsBack(FakeScript.stall(Duration.ofSeconds(20)));
    }

    private static void assertStalledStreamFallsBack(FakeScript stalling) {
        server.fake.enqueue(stalling, FakeScript.text("rescued in time"));

        HttpResponse<String> r = server.post("/v1/chat/completions", chat("impatient", true));

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("x-gantry-route").orElse("")).contains("fake-stalling!timeout");
        assertThat(AnswerReader.openAiStream(r.body()).text()).isEqualTo("rescued in time");
        assertThat(r.body()).endsWith("data: [DONE]\n\n").doesNotContain("\"error\"");
        assertThat(r.headers().firstValue("x-gantry-provider")).hasValue("ant");
        assertThat(r.headers().firstValue("x-gantry-attempts")).hasValue("2");
    }

    @Test
    void should_cancel_the_upstream_and_record_499_when_the_client_disconnects_mid_stream() throws Exception {
        String words = "w01 w02 w03 w04 w05 w06 w07 w08 w09 w10 w11 w12 w13 w14 w15 w16 w17 w18 w19 w20";
        // the pause lets the client go away before the rest arrives: the gateway notices on its next write
        server.fake.enqueue(FakeScript.text(words + " " + words).stallAfterChunks(1, Duration.ofMillis(1500)));
        String id = "disconnect-" + System.nanoTime();

        try (Socket socket = new Socket("127.0.0.1", server.gantry.port())) {
            socket.setSoTimeout(30_000); // a safety net against a hang, not an assertion
            socket.setSoLinger(true, 0); // close with a reset, as a killed client does
            send(socket.getOutputStream(), id, chat("long-stream", true));
            String seen = readUntil(socket.getInputStream(), "\"content\":\"w01\"");
            assertThat(seen).startsWith("HTTP/1.1 200").contains("text/event-stream");
        }

        JsonNode row = awaitLedgerRow(id);
        assertThat(row.get("status").asInt()).isEqualTo(499);
        assertThat(row.get("error").asText()).isEqualTo("cancelled");
        assertThat(row.get("stream").asBoolean()).isTrue();
        assertThat(row.get("provider").asText()).isEqualTo("oai");
    }

    private static void send(OutputStream out, String requestId, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        String head = "POST /v1/chat/completions HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                + "Content-Length: " + body.length + "\r\nx-request-id: " + requestId + "\r\n\r\n";
        out.write(head.getBytes(StandardCharsets.US_ASCII));
        out.write(body);
        out.flush();
    }

    private static String readUntil(InputStream in, String marker) throws IOException {
        ByteArrayOutputStream seen = new ByteArrayOutputStream();
        byte[] buf = new byte[1024];
        while (!seen.toString(StandardCharsets.UTF_8).contains(marker)) {
            int n = in.read(buf);
            if (n < 0) throw new IOException("the stream ended before " + marker + ": " + seen.toString(StandardCharsets.UTF_8));
            seen.write(buf, 0, n);
        }
        return seen.toString(StandardCharsets.UTF_8);
    }

    /** The ledger row appears once the gateway has noticed the disconnect; polled, with a generous safety net. */
    private static JsonNode awaitLedgerRow(String requestId) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            server.gantry.flushLedger();
            Optional<JsonNode> row = ledgerRow(requestId);
            if (row.isPresent()) return row.get();
            Thread.sleep(50);
        }
        throw new AssertionError("no ledger row for request " + requestId + " within 30 s of the client leaving");
    }

    private static Optional<JsonNode> ledgerRow(String requestId) {
        for (JsonNode row : SseEvents.json(server.get("/gantry/usage?limit=100").body()).path("data")) {
            if (requestId.equals(row.path("request_id").asText())) return Optional.of(row);
        }
        return Optional.empty();
    }
}
