package dev.gantry.server.rag;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gantry.server.Gantry;
import dev.gantry.server.config.ConfigLoader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A server with no chat provider at all: retrieval works, and answers say why they cannot be generated. */
class RagWithoutProviderIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void should_search_but_refuse_to_answer_with_the_reason_and_the_fix(@TempDir Path dir) throws Exception {
        Path config = Files.writeString(dir.resolve("gantry.yaml"), """
                server: {host: 127.0.0.1, port: 0}
                data-dir: %s
                """.formatted(dir.resolve("data")));
        try (Gantry gantry = Gantry.start(new ConfigLoader(Map.<String, String>of()::get).load(config))) {
            String base = "http://127.0.0.1:" + gantry.port();
            post(base + "/v1/rag/collections", "{\"name\": \"kb\"}");
            HttpResponse<String> job = post(base + "/v1/rag/kb/documents?wait=120",
                    "{\"documents\": [{\"id\": \"d1\", \"text\": \"Refunds are paid within 14 days.\"}]}");
            assertThat(JSON.readTree(job.body()).get("done").asInt()).as(job.body()).isEqualTo(1);

            HttpResponse<String> search = post(base + "/v1/rag/kb/search", "{\"query\": \"refunds\"}");
            assertThat(search.statusCode()).as(search.body()).isEqualTo(200);
            assertThat(JSON.readTree(search.body()).at("/hits/0/citation/document_id").asText()).isEqualTo("d1");

            HttpResponse<String> answer = post(base + "/v1/rag/kb/answer",
                    "{\"question\": \"When are refunds paid?\", \"model\": \"gpt-4o-mini\"}");
            assertThat(answer.statusCode()).isEqualTo(503);
            JsonNode error = JSON.readTree(answer.body()).get("error");
            assertThat(error.get("message").asText()).contains("no chat provider is configured")
                    .contains("search works without one").contains("OPENAI_API_KEY");
        }
    }

    private HttpResponse<String> post(String url, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("content-type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
