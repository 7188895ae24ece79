package dev.gantry.server.telemetry;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import dev.gantry.server.GantryServerFixture;
import dev.gantry.testkit.FakeScript;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * Traces over OTLP/HTTP to a local receiver and the JSON request log with PII-redacted capture, through a real
 * server; closing the server must flush both.
 */
class TelemetryHttpIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void should_export_gen_ai_spans_and_write_a_redacted_request_log_that_shutdown_flushes() throws Exception {
        List<String> exports = new CopyOnWriteArrayList<>();
        List<String> contentTypes = new CopyOnWriteArrayList<>();
        HttpServer collector = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        collector.createContext("/v1/traces", ex -> {
            contentTypes.add(ex.getRequestHeaders().getFirst("content-type"));
            exports.add(new String(ex.getRequestBody().readAllBytes(), StandardCharsets.ISO_8859_1));
            ex.sendResponseHeaders(200, -1);
            ex.close();
        });
        collector.start();
        Path log = Files.createTempDirectory("gantry-log").resolve("requests.jsonl");
        GantryServerFixture server = GantryServerFixture.start("""
                telemetry:
                  traces: {otlp-endpoint: "http://127.0.0.1:%d/v1/traces", service-name: gantry-it}
                  request-log: {file: "%s", capture: true, capture-max-chars: 200}
                """.formatted(collector.getAddress().getPort(), log));
        try {
            server.fake.enqueue(FakeScript.text("I will write to ann.lee@example.com today."));
            server.post("/v1/chat/completions", """
                    {"model": "chat", "messages": [{"role": "user", "content": "Email ann.lee@example.com about it"}]}""");
            assertThat(server.get("/metrics").body()).contains("gantry_telemetry_dropped_total{signal=\"traces\"} 0.0");
        } finally {
            server.close();
            collector.stop(0);
        }

        assertThat(contentTypes).isNotEmpty().allSatisfy(t -> assertThat(t).isEqualTo("application/x-protobuf"));
        String spans = String.join("", exports);
        assertThat(spans).contains("chat chat", "chat fake-model", "gen_ai.operation.name",
                "gen_ai.usage.input_tokens", "gantry-it").doesNotContain("ann.lee@example.com");

        List<String> lines = Files.readAllLines(log);
        assertThat(lines).hasSize(1);
        JsonNode line = JSON.readTree(lines.get(0));
        assertThat(line.get("model").asText()).isEqualTo("chat");
        assertThat(line.get("status").asInt()).isEqualTo(200);
        assertThat(line.get("overhead_us").asLong()).isNotNegative();
        assertThat(line.get("prompt").asText()).isEqualTo("user: Email [EMAIL_ADDRESS] about it");
        assertThat(line.get("answer").asText()).isEqualTo("I will write to [EMAIL_ADDRESS] today.");
    }

    @Test
    void should_refuse_a_bad_telemetry_section_with_each_problem() throws IOException {
        Path config = Files.createTempFile("gantry", ".yaml");
        Files.writeString(config, """
                telemetry:
                  traces: {otlp-endpoint: "localhost:4318", sample-ratio: 2}
                  request-log: {capture: yes}
                """);
        var loader = new dev.gantry.server.config.ConfigLoader(name -> null);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> loader.load(config))
                .isInstanceOfSatisfying(dev.gantry.server.config.ConfigException.class, e -> assertThat(e.problems())
                        .anySatisfy(p -> assertThat(p).contains("telemetry.traces.otlp-endpoint", "not an http(s) URL"))
                        .anySatisfy(p -> assertThat(p).contains("telemetry.traces.sample-ratio"))
                        .anySatisfy(p -> assertThat(p).contains("telemetry.request-log.file")));
    }
}
