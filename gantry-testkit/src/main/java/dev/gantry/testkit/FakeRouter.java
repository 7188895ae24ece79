package dev.gantry.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import io.helidon.http.Header;
import io.helidon.http.HeaderName;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.CloseConnectionException;
import io.helidon.webserver.http.Handler;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The one handler behind every path: records the request, takes the next script (or the model's default
 * behaviour), waits the scripted latency and answers in the request's dialect.
 */
final class FakeRouter implements Handler {
    /** Anthropic clients send this on every call; it tells their GET /v1/models from OpenAI's. */
    private static final HeaderName ANTHROPIC_VERSION = HeaderNames.create("anthropic-version");
    private static final byte[] MALFORMED_BODY = "{\"id\": \"broken\", \"choices\": [ {".getBytes(StandardCharsets.US_ASCII);

    private final FakeState state;

    FakeRouter(FakeState state) {
        this.state = state;
    }

    @Override
    public void handle(ServerRequest req, ServerResponse res) throws IOException {
        byte[] body = req.content().hasEntity() ? req.content().inputStream().readAllBytes() : new byte[0];
        String method = req.prologue().method().text();
        String path = req.path().path();
        if (state.recording()) {
            state.record(new RecordedRequest(method, path, req.query().rawValue(), headers(req),
                    new String(body, StandardCharsets.UTF_8)));
        }
        if (FakeBatches.handles(path)) {
            batch(method, path, req.headers().value(HeaderNames.CONTENT_TYPE).orElse(null), body, res);
            return;
        }
        Route route = Route.of(method, path);
        if (route.endpoint() == Route.Endpoint.MODELS && req.headers().contains(ANTHROPIC_VERSION)) {
            route = new Route(FakeDialect.ANTHROPIC, Route.Endpoint.MODELS, null, false);
        }
        answer(route, Json.parse(body), res);
    }

    private void batch(String method, String path, String contentType, byte[] body, ServerResponse res) {
        FakeBatches.FakeAnswer a = state.batches().handle(method, path, contentType, body);
        if (a.json() != null) sendJson(res, a.status(), a.json());
        else {
            res.status(a.status());
            res.header("Content-Type", "application/binary");
            res.send(a.raw());
        }
    }

    private void answer(Route route, JsonNode json, ServerResponse res) throws IOException {
        Dialect dialect = route.dialect().wire();
        if (rejected(route, json, dialect, res)) return;
        WireRequest wire = dialect.read(route, json);
        FakeScript script = state.nextScript();
        if (script == null) script = ModelBehaviours.forModel(wire.model());
        if (state.gate().pause(state.latency().plus(script.latency()))) {
            throw new CloseConnectionException("delay released by reset or close");
        }
        switch (script.kind()) {
            case ERROR -> sendJson(res, script.status(), dialect.error(script.status(), script.errorMessage(), 0));
            case RATE_LIMITED -> rateLimited(res, dialect, script);
            case CONTEXT_LENGTH -> sendJson(res, 400, dialect.contextLengthExceeded(wire));
            case ANSWER -> answerEndpoint(route, dialect, json, wire, script, res);
        }
    }

    /** Unknown paths and non-JSON bodies are the caller's mistake: answered at once, no script taken. */
    private static boolean rejected(Route route, JsonNode json, Dialect dialect, ServerResponse res) {
        if (route.endpoint() == Route.Endpoint.UNKNOWN) {
            sendJson(res, 404, dialect.error(404, "No fake endpoint here. The fake serves POST /v1/chat/completions, "
                    + "/v1/embeddings, /v1/messages, /v1beta/models/{m}:generateContent|:streamGenerateContent|"
                    + ":batchEmbedContents, /openai/deployments/{d}/chat/completions, GET /v1/models.", 0));
            return true;
        }
        if (json == null) {
            sendJson(res, 400, dialect.error(400, "The request body is not valid JSON.", 0));
            return true;
        }
        return false;
    }

    private static void rateLimited(ServerResponse res, Dialect dialect, FakeScript script) {
        res.header("Retry-After", Integer.toString(script.retryAfterSeconds()));
        sendJson(res, 429, dialect.error(429, script.errorMessage(), script.retryAfterSeconds()));
    }

    private void answerEndpoint(Route route, Dialect dialect, JsonNode json, WireRequest wire, FakeScript script,
                                ServerResponse res) throws IOException {
        switch (route.endpoint()) {
            case MODELS -> sendJson(res, 200, dialect.models());
            case EMBED -> embeddings(route, dialect, json, res);
            default -> chat(dialect, wire, script, res);
        }
    }

    private static void embeddings(Route route, Dialect dialect, JsonNode json, ServerResponse res) {
        JsonNode answer = dialect.embeddings(route, json);
        if (answer == null) sendJson(res, 404, dialect.error(404, "This dialect has no embeddings endpoint.", 0));
        else sendJson(res, 200, answer);
    }

    private void chat(Dialect dialect, WireRequest wire, FakeScript script, ServerResponse res) throws IOException {
        Reply reply = Reply.of(script, wire, dialect.idPrefix());
        FakeScript.Fault fault = script.fault();
        if (!wire.stream()) {
            if (fault != null && fault.type() == FakeScript.FaultType.MALFORMED) send(res, 200, MALFORMED_BODY);
            else sendJson(res, 200, dialect.completion(reply));
            return;
        }
        res.header("Content-Type", "text/event-stream");
        res.header("Cache-Control", "no-cache");
        OutputStream out = res.outputStream();
        SseSink sink = new SseSink(out, dialect.crlf(), fault, state.gate());
        dialect.stream(wire, reply, sink);
        sink.finish();
    }

    private static void sendJson(ServerResponse res, int status, JsonNode body) {
        send(res, status, Json.bytes(body));
    }

    private static void send(ServerResponse res, int status, byte[] body) {
        res.status(status);
        res.header("Content-Type", "application/json");
        res.send(body);
    }

    private static Map<String, String> headers(ServerRequest req) {
        Map<String, String> out = new HashMap<>();
        for (Header h : req.headers()) out.merge(h.name().toLowerCase(Locale.ROOT), h.values(), (a, b) -> a + ", " + b);
        return out;
    }
}
