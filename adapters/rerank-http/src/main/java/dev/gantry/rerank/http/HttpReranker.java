package dev.gantry.rerank.http;

import dev.gantry.core.error.GantryException;
import dev.gantry.core.http.BodyDeadline;
import dev.gantry.core.http.HttpCall;
import dev.gantry.core.http.HttpReply;
import dev.gantry.core.http.HttpTransport;
import dev.gantry.core.rag.Chunk;
import dev.gantry.core.rag.Reranker;
import dev.gantry.core.rag.ScoredChunk;
import dev.gantry.rerank.http.RerankCodec.Scored;
import java.net.URI;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@link Reranker} over a cross-encoder behind HTTP (vLLM, TEI, Cohere, Jina...; see {@link RerankDialect}).
 * Each candidate is sent as its heading path and text, so a chunk is judged with the context it sits in.
 * One call per rerank, bounded as a whole by the settings' timeout; failures become ProviderExceptions of
 * provider "reranker" with the gateway's kinds (5xx and timeouts retriable, 4xx not).
 */
public final class HttpReranker implements Reranker {
    private final RerankSettings settings;
    private final HttpTransport transport;
    private final URI endpoint;
    private final String where;
    private final Map<String, String> headers;

    public HttpReranker(RerankSettings settings, HttpTransport transport) {
        this.settings = settings;
        this.transport = transport;
        this.endpoint = settings.endpoint();
        this.where = endpoint.getHost() + ":" + port(endpoint);
        this.headers = headers(settings);
    }

    @Override
    public List<ScoredChunk> rerank(String query, List<ScoredChunk> candidates, int topN) {
        if (candidates.isEmpty() || topN <= 0) return List.of();
        long started = System.nanoTime();
        byte[] body = RerankCodec.request(settings.dialect(), settings.model(), query,
                candidates.stream().map(c -> document(c.chunk())).toList(), Math.min(topN, candidates.size()));
        try (HttpReply reply = send(body)) {
            if (reply.status() / 100 != 2) throw failure(reply, started);
            return best(candidates, decode(readBody(reply, started), reply.status(), candidates.size()), topN);
        }
    }

    /** The status decides the kind; the body, when it arrives in time, adds the server's own words. */
    private RuntimeException failure(HttpReply reply, long started) {
        byte[] body;
        try {
            body = readBody(reply, started);
        } catch (GantryException e) {
            body = new byte[0];
        }
        return RerankErrors.status(where, reply.status(), body, reply.header("retry-after").orElse(null));
    }

    private HttpReply send(byte[] body) {
        Duration timeout = settings.timeout();
        try {
            return transport.send(HttpCall.postJson(endpoint, headers, body, timeout, timeout));
        } catch (GantryException e) {
            throw RerankErrors.transport(e);
        }
    }

    private byte[] readBody(HttpReply reply, long started) {
        Duration remaining = settings.timeout().minusNanos(System.nanoTime() - started);
        try {
            return BodyDeadline.readAll(reply, remaining, cause -> RerankErrors.timeout(where, settings.timeout(), cause));
        } catch (GantryException e) {
            throw RerankErrors.transport(e);
        }
    }

    private List<Scored> decode(byte[] answer, int status, int candidates) {
        try {
            return RerankCodec.answer(settings.dialect(), answer, candidates);
        } catch (RerankCodec.UnreadableAnswer e) {
            throw RerankErrors.malformed(where, status, settings.dialect(), e.getMessage(), e.getCause());
        }
    }

    /** Best first; equal scores keep the candidates' order. */
    private static List<ScoredChunk> best(List<ScoredChunk> candidates, List<Scored> scored, int topN) {
        return scored.stream()
                .sorted(Comparator.comparingDouble(Scored::score).reversed().thenComparingInt(Scored::index))
                .limit(topN)
                .map(s -> candidates.get(s.index()).withScore(s.score()))
                .toList();
    }

    private static String document(Chunk chunk) {
        if (chunk.headingPath().isEmpty()) return chunk.text();
        return String.join(" > ", chunk.headingPath()) + "\n" + chunk.text();
    }

    private static Map<String, String> headers(RerankSettings s) {
        Map<String, String> h = new HashMap<>();
        h.put("accept", "application/json");
        if (s.hasApiKey()) h.put("authorization", "Bearer " + s.apiKey());
        return Map.copyOf(h);
    }

    private static int port(URI uri) {
        if (uri.getPort() >= 0) return uri.getPort();
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }

    @Override
    public String toString() {
        return "HttpReranker[" + settings + "]";
    }
}
