package dev.gantry.rerank.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gantry.core.error.ErrorKind;
import dev.gantry.core.error.ProviderException;
import dev.gantry.core.rag.Chunk;
import dev.gantry.core.rag.ScoredChunk;
import dev.gantry.http.jdk.JdkHttpTransport;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HttpRerankerIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<ScoredChunk> CANDIDATES = List.of(
            candidate("a", "Paris is the capital of France.", List.of("Europe", "France")),
            candidate("b", "Berlin is the capital of Germany.", List.of()),
            candidate("c", "The Seine flows through Paris.", List.of()));

    private final RerankServer server = new RerankServer();
    private final JdkHttpTransport transport = new JdkHttpTransport();

    @AfterEach
    void stop() {
        server.close();
        transport.close();
    }

    @Test
    void cohereDialectSendsTopNAndOrdersByRelevance() throws Exception {
        server.answer(200, """
                {"id": "r1", "results": [{"index": 2, "relevance_score": 0.4}, {"index": 0, "relevance_score": 0.9}],
                 "meta": {"billed_units": {"search_units": 1}}}""");
        HttpReranker reranker = reranker(server.baseUrl() + "/v1/", "sk-test-key-123", "bge-reranker", RerankDialect.COHERE);

        List<ScoredChunk> ranked = reranker.rerank("capital of France", CANDIDATES, 2);

        assertThat(ranked).extracting(c -> c.chunk().id()).containsExactly("a", "c");
        assertThat(ranked).extracting(ScoredChunk::score).containsExactly(0.9, 0.4);
        assertThat(ranked.get(0).vector()).isEqualTo(CANDIDATES.get(0).vector());
        assertThat(server.lastPath).isEqualTo("/v1/rerank");
        assertThat(server.lastAuthorization).isEqualTo("Bearer sk-test-key-123");
        JsonNode sent = JSON.readTree(server.lastBody);
        assertThat(sent.path("model").asText()).isEqualTo("bge-reranker");
        assertThat(sent.path("query").asText()).isEqualTo("capital of France");
        assertThat(sent.path("top_n").asInt()).isEqualTo(2);
        assertThat(sent.path("documents").get(0).asText()).isEqualTo("Europe > France\nParis is the capital of France.");
        assertThat(sent.path("documents")).hasSize(3);
    }

    @Test
    void teiDialectScoresEveryTextAndKeepsTheBestN() throws Exception {
        server.answer(200, """
                [{"index": 1, "score": 0.1}, {"index": 2, "score": 0.7}, {"index": 0, "score": 0.95}]""");
        HttpReranker reranker = reranker(server.baseUrl(), null, null, RerankDialect.TEI);

        List<ScoredChunk> ranked = reranker.rerank("capital of France", CANDIDATES, 2);

        assertThat(ranked).extracting(c -> c.chunk().id()).containsExactly("a", "c");
        assertThat(server.lastPath).isEqualTo("/rerank");
        assertThat(server.lastAuthorization).isNull();
        JsonNode sent = JSON.readTree(server.lastBody);
        assertThat(sent.has("model")).isFalse();
        assertThat(sent.path("texts")).hasSize(3);
        assertThat(sent.path("truncate").asBoolean()).isTrue();
    }

    @Test
    void scoreDialectUsesVllmsScoreApi() throws Exception {
        server.answer(200, """
                {"id": "score-1", "object": "list", "model": "m", "data": [
                  {"index": 0, "object": "score", "score": 0.2},
                  {"index": 1, "object": "score", "score": 0.8},
                  {"index": 2, "object": "score", "score": 0.2}],
                 "usage": {"prompt_tokens": 30, "total_tokens": 30}}""");
        HttpReranker reranker = reranker(server.baseUrl() + "/v1", null, "bge-reranker", RerankDialect.SCORE);

        List<ScoredChunk> ranked = reranker.rerank("capital of Germany", CANDIDATES, 10);

        assertThat(ranked).extracting(c -> c.chunk().id()).containsExactly("b", "a", "c");
        assertThat(server.lastPath).isEqualTo("/v1/score");
        JsonNode sent = JSON.readTree(server.lastBody);
        assertThat(sent.path("model").asText()).isEqualTo("bge-reranker");
        assertThat(sent.path("text_1").asText()).isEqualTo("capital of Germany");
        assertThat(sent.path("text_2")).hasSize(3);
    }

    @Test
    void serverErrorIsARetriableUpstreamErrorWithTheServersWords() {
        server.answer(500, "{\"error\": \"CUDA out of memory for key sk-abcdef123456\", \"error_type\": \"backend\"}");
        HttpReranker reranker = reranker(server.baseUrl(), "secret-key", null, RerankDialect.TEI);

        assertThatThrownBy(() -> reranker.rerank("q", CANDIDATES, 2))
                .isInstanceOfSatisfying(ProviderException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ErrorKind.UPSTREAM_ERROR);
                    assertThat(e.kind().retriable()).isTrue();
                    assertThat(e.upstreamStatus()).isEqualTo(500);
                    assertThat(e.provider()).isEqualTo("reranker");
                })
                .hasMessageContaining("reranker at 127.0.0.1:")
                .hasMessageContaining("answered 500: CUDA out of memory")
                .hasMessageNotContaining("sk-abcdef123456")
                .hasMessageNotContaining("secret-key");
    }

    @Test
    void clientErrorsKeepTheGatewaysKinds() {
        HttpReranker reranker = reranker(server.baseUrl(), "wrong", "m", RerankDialect.COHERE);

        server.answer(401, "{\"message\": \"invalid api token\"}");
        assertThatThrownBy(() -> reranker.rerank("q", CANDIDATES, 2))
                .isInstanceOfSatisfying(ProviderException.class, e -> assertThat(e.kind()).isEqualTo(ErrorKind.AUTHENTICATION))
                .hasMessageContaining("invalid api token");

        server.answer(429, "{\"message\": \"slow down\"}").header("Retry-After", "3");
        assertThatThrownBy(() -> reranker.rerank("q", CANDIDATES, 2))
                .isInstanceOfSatisfying(ProviderException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ErrorKind.RATE_LIMITED);
                    assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(3));
                });

        server.answer(404, "<html>Not Found</html>");
        assertThatThrownBy(() -> reranker.rerank("q", CANDIDATES, 2))
                .isInstanceOfSatisfying(ProviderException.class, e -> assertThat(e.kind()).isEqualTo(ErrorKind.NOT_FOUND));
    }

    @Test
    void malformedBodiesAreMalformedResponses() {
        HttpReranker reranker = reranker(server.baseUrl(), null, "m", RerankDialect.COHERE);

        server.answer(200, "{\"results\": [{\"index\": 0, \"relevance_score\": ");
        assertMalformed(reranker, "is not JSON");

        server.answer(200, "[{\"index\": 0, \"score\": 0.3}]");
        assertMalformed(reranker, "has no 'results' array");

        server.answer(200, "{\"results\": [{\"index\": 7, \"relevance_score\": 0.3}]}");
        assertMalformed(reranker, "scores document 7 of the 3 sent");

        server.answer(200, "{\"results\": [{\"index\": 0, \"relevance_score\": \"high\"}]}");
        assertMalformed(reranker, "numeric 'relevance_score'");

        server.answer(200, "{\"results\": [{\"index\": 1, \"relevance_score\": 0.3}, {\"index\": 1, \"relevance_score\": 0.2}]}");
        assertMalformed(reranker, "twice");
    }

    @Test
    void aServerSlowerThanTheTimeoutIsATimeout() {
        server.answer(200, "[]").stall(RerankServer.Stall.BEFORE_HEADERS);
        HttpReranker reranker = new HttpReranker(new RerankSettings(server.baseUrl(), null, null, RerankDialect.TEI,
                Duration.ofMillis(300)), transport);

        assertThatThrownBy(() -> reranker.rerank("q", CANDIDATES, 2))
                .isInstanceOfSatisfying(ProviderException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ErrorKind.TIMEOUT);
                    assertThat(e.provider()).isEqualTo("reranker");
                });
    }

    @Test
    void aBodyThatStallsHalfWayIsATimeout() {
        server.answer(200, "[{\"index\": 0, \"score\": 0.9}, {\"index\": 1, \"score\": 0.1}]")
                .stall(RerankServer.Stall.MID_BODY);
        HttpReranker reranker = new HttpReranker(new RerankSettings(server.baseUrl(), null, null, RerankDialect.TEI,
                Duration.ofMillis(500)), transport);

        assertThatThrownBy(() -> reranker.rerank("q", CANDIDATES, 2))
                .isInstanceOfSatisfying(ProviderException.class, e -> assertThat(e.kind()).isEqualTo(ErrorKind.TIMEOUT))
                .hasMessageContaining("did not answer within 500ms");
    }

    @Test
    void anUnreachableServerIsAConnectionError() {
        String base = server.baseUrl();
        server.close();
        HttpReranker reranker = reranker(base, null, null, RerankDialect.TEI);

        assertThatThrownBy(() -> reranker.rerank("q", CANDIDATES, 2))
                .isInstanceOfSatisfying(ProviderException.class, e -> assertThat(e.kind()).isEqualTo(ErrorKind.CONNECTION))
                .hasMessageStartingWith("reranker: ");
    }

    @Test
    void nothingToRerankMakesNoCall() {
        HttpReranker reranker = reranker(server.baseUrl(), null, null, RerankDialect.TEI);

        assertThat(reranker.rerank("q", List.of(), 5)).isEmpty();
        assertThat(server.lastPath).isNull();
    }

    private HttpReranker reranker(String baseUrl, String apiKey, String model, RerankDialect dialect) {
        return new HttpReranker(new RerankSettings(baseUrl, apiKey, model, dialect, Duration.ofSeconds(10)), transport);
    }

    private static void assertMalformed(HttpReranker reranker, String what) {
        assertThatThrownBy(() -> reranker.rerank("q", CANDIDATES, 2))
                .isInstanceOfSatisfying(ProviderException.class,
                        e -> assertThat(e.kind()).isEqualTo(ErrorKind.MALFORMED_RESPONSE))
                .hasMessageContaining(what)
                .hasMessageContaining("dialect 'cohere'");
    }

    private static ScoredChunk candidate(String id, String text, List<String> headings) {
        Chunk c = new Chunk(id, "doc-" + id, 0, text, 0, text.length(), headings, 8, Map.of());
        return new ScoredChunk(c, 0.5, new float[]{1, 0});
    }
}
