package dev.gantry.server.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gantry.core.batch.BatchRecord;
import dev.gantry.core.batch.BatchStore;
import dev.gantry.core.keys.VirtualKey;
import dev.gantry.gateway.Authenticator;
import dev.gantry.gateway.batch.ChatBatchService;
import dev.gantry.provider.openai.OpenAiCodec;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;

/**
 * {@code /gantry/batches}: submit a batch against an alias, read its status, its results (JSONL) and cancel it.
 * A virtual key sees only its own batches; while no keys are in use the routes are open, like /v1/*.
 */
public final class BatchHandlers implements Consumer<HttpRouting.Builder> {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final ChatBatchService service;
    private final Authenticator auth;
    private final long maxBody;

    public BatchHandlers(ChatBatchService service, Authenticator auth, long maxBody) {
        this.service = service;
        this.auth = auth;
        this.maxBody = maxBody;
    }

    @Override
    public void accept(HttpRouting.Builder routing) {
        routing.post("/gantry/batches", (req, res) -> handle(req, res, 200, key -> view(submit(key, req))))
                .get("/gantry/batches/{id}", (req, res) -> handle(req, res, 200, key -> view(service.find(key, id(req)))))
                .post("/gantry/batches/{id}/cancel", (req, res) -> handle(req, res, 200,
                        key -> view(service.cancel(key, id(req)))))
                .get("/gantry/batches/{id}/results", this::results);
    }

    private BatchRecord submit(VirtualKey key, ServerRequest req) {
        BatchRequestBody body = BatchRequestBody.read(Exchange.body(req, maxBody),
                req.headers().first(HeaderNames.CONTENT_TYPE).orElse(null),
                req.query().contains("model") ? req.query().get("model") : null);
        return service.submit(key, body.model(), body.items(), Exchange.feature(req));
    }

    private interface Work {
        ObjectNode run(VirtualKey key);
    }

    private void handle(ServerRequest req, ServerResponse res, int status, Work work) {
        String requestId = Exchange.requestId(req);
        res.header(Exchange.REQUEST_ID, requestId);
        try {
            ObjectNode body = work.run(auth.authenticate(Exchange.credential(req)));
            Exchange.json(res, status, JSON.writeValueAsBytes(body));
        } catch (Exception e) {
            ErrorWriter.write(res, ErrorWriter.safe(e, requestId), OpenAiCodec::writeError);
        }
    }

    private void results(ServerRequest req, ServerResponse res) {
        String requestId = Exchange.requestId(req);
        res.header(Exchange.REQUEST_ID, requestId);
        try {
            List<BatchStore.ResultLine> lines = service.results(auth.authenticate(Exchange.credential(req)), id(req));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            for (BatchStore.ResultLine l : lines) out.writeBytes((l.json() + "\n").getBytes(StandardCharsets.UTF_8));
            res.header(HeaderNames.CONTENT_TYPE, "application/jsonl");
            res.send(out.toByteArray());
        } catch (Exception e) {
            ErrorWriter.write(res, ErrorWriter.safe(e, requestId), OpenAiCodec::writeError);
        }
    }

    private static String id(ServerRequest req) {
        return req.path().pathParameters().get("id");
    }

    /** The batch as clients see it; the provider's own id is kept for operators. */
    static ObjectNode view(BatchRecord b) {
        ObjectNode o = JSON.createObjectNode().put("id", b.id()).put("object", "gantry.batch").put("model", b.alias())
                .put("provider", b.provider()).put("upstream_model", b.model()).put("upstream_id", b.upstreamId())
                .put("status", b.state().wire()).put("results_ready", b.settled())
                .put("submitted_at", b.submittedAt().toString())
                .put("finished_at", b.finishedAt() == null ? null : b.finishedAt().toString())
                .put("key", b.keyName()).put("error", b.error());
        o.putObject("request_counts").put("total", b.counts().total()).put("succeeded", b.counts().succeeded())
                .put("failed", b.counts().failed());
        return o;
    }
}
