package dev.gantry.server.cache;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gantry.server.GantryServerFixture;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** embeddings.coalesce: concurrent /v1/embeddings calls reach the provider as one call; each client gets its own. */
class EmbeddingCoalescingIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void should_send_concurrent_embedding_requests_upstream_as_one_call() throws Exception {
        try (GantryServerFixture server = GantryServerFixture.start("""
                embeddings:
                  coalesce: {window: 300ms, max-inputs: 64}
                """)) {
            int before = server.fake.requests().size();
            List<Future<HttpResponse<String>>> calls = new ArrayList<>();
            try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
                for (int i = 0; i < 6; i++) {
                    String body = "{\"model\": \"embed\", \"input\": [\"text " + i + "\", \"more " + i + "\"]}";
                    calls.add(pool.submit(() -> server.post("/v1/embeddings", body)));
                }
                for (Future<HttpResponse<String>> f : calls) {
                    HttpResponse<String> r = f.get();
                    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
                    JsonNode j = JSON.readTree(r.body());
                    assertThat(j.get("data")).hasSize(2);
                    assertThat(j.at("/usage/prompt_tokens").asInt()).isPositive();
                }
            }
            assertThat(server.fake.requests().size() - before).isLessThanOrEqualTo(2); // one, unless a call came late
            String upstreamBody = server.fake.lastRequest().body();
            assertThat(upstreamBody).contains("text 5").contains("more 0");
        }
    }
}
