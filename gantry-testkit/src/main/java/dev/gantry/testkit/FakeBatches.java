package dev.gantry.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gantry.testkit.FakeBatch.Outcome;
import dev.gantry.testkit.FakeBatch.OutcomeKind;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The OpenAI Batch (with its files) and Anthropic Message Batches endpoints. A batch moves one step per status
 * poll, never by the clock: OpenAI validating -> in_progress -> finalizing -> completed, Anthropic in_progress ->
 * ended. Items are answered when the batch finishes, each taking the next script like a normal call (so scripted
 * errors become per-item errors). While {@link #hold} is on, batches stay in progress; {@link #expireRunning}
 * ends them expired; a cancel ends them cancelled on the next poll.
 */
final class FakeBatches {
    private final FakeState state;
    private final Map<String, FakeBatch> batches = new LinkedHashMap<>();
    private final Map<String, byte[]> files = new LinkedHashMap<>();
    private volatile boolean hold;
    private volatile String baseUrl = "";

    FakeBatches(FakeState state) {
        this.state = state;
    }

    void baseUrl(String url) {
        baseUrl = url;
    }

    void hold(boolean on) {
        hold = on;
    }

    static boolean handles(String path) {
        return path.endsWith("/files") || path.contains("/files/") || path.contains("/batches");
    }

    /** @return status and JSON (or JSONL bytes as a text node's binary) for the request */
    synchronized FakeAnswer handle(String method, String path, String contentType, byte[] body) {
        boolean anthropic = path.contains("/messages/batches");
        Dialect errors = (anthropic ? FakeDialect.ANTHROPIC : FakeDialect.OPENAI).wire();
        String[] parts = path.substring(start(path, anthropic) + 1).split("/");
        try {
            return anthropic ? anthropic(method, parts, body) : openAi(method, parts, contentType, body);
        } catch (NotFound e) {
            return FakeAnswer.json(404, errors.error(404, e.getMessage(), 0));
        } catch (IllegalArgumentException e) {
            return FakeAnswer.json(400, errors.error(400, e.getMessage(), 0));
        }
    }

    /** The request bodies of a batch's items as the fake received them (OpenAI body / Anthropic params). */
    synchronized java.util.List<String> itemBodies(String batchId) {
        return batch(batchId).bodies.stream().map(JsonNode::toString).toList();
    }

    /** Where the batch part of a path begins, whatever base path the adapter put before it. */
    private static int start(String path, boolean anthropic) {
        if (anthropic) return path.indexOf("/messages/batches");
        int at = path.indexOf("/batches");
        return at >= 0 ? at : path.indexOf("/files");
    }

    synchronized void expireRunning() {
        for (FakeBatch b : batches.values()) {
            if (b.endedAt == null) finish(b, OutcomeKind.EXPIRED);
        }
    }

    synchronized void reset() {
        batches.clear();
        files.clear();
        hold = false;
    }

    // ---- OpenAI: parts start after "/v1/": files, files/{id}/content, batches, batches/{id}, batches/{id}/cancel

    private FakeAnswer openAi(String method, String[] p, String contentType, byte[] body) {
        if (p[0].equals("files") && p.length == 1 && method.equals("POST")) return upload(contentType, body);
        if (p[0].equals("files") && p.length == 3 && p[2].equals("content")) return FakeAnswer.bytes(file(p[1]));
        if (p[0].equals("batches") && p.length == 1 && method.equals("POST")) return createOpenAi(Json.parse(body));
        if (p[0].equals("batches") && p.length >= 2) {
            FakeBatch b = batch(p[1]);
            if (p.length == 3 && p[2].equals("cancel")) cancel(b, "cancelling");
            else advanceOpenAi(b);
            return FakeAnswer.json(200, FakeBatchJson.openAi(b));
        }
        throw new NotFound("No fake batch endpoint at /v1/" + String.join("/", p));
    }

    private FakeAnswer upload(String contentType, byte[] body) {
        byte[] content = MultipartFile.content(contentType, body);
        String id = Ids.next("file-");
        files.put(id, content);
        return FakeAnswer.json(200, Json.object().put("id", id).put("object", "file").put("purpose", "batch")
                .put("bytes", content.length));
    }

    private FakeAnswer createOpenAi(JsonNode req) {
        if (req == null) throw new IllegalArgumentException("The request body is not valid JSON.");
        if (!"/v1/chat/completions".equals(req.path("endpoint").asText())) {
            throw new IllegalArgumentException("endpoint must be /v1/chat/completions in the fake");
        }
        if (!"24h".equals(req.path("completion_window").asText())) {
            throw new IllegalArgumentException("completion_window must be 24h");
        }
        String fileId = req.path("input_file_id").asText();
        FakeBatch b = new FakeBatch(Ids.next("batch_"), FakeDialect.OPENAI, "validating");
        b.inputFileId = fileId;
        for (String line : new String(file(fileId), StandardCharsets.UTF_8).split("\n")) {
            if (line.isBlank()) continue;
            JsonNode item = Json.parse(line.getBytes(StandardCharsets.UTF_8));
            if (item == null) throw new IllegalArgumentException("a line of file " + fileId + " is not JSON");
            b.customIds.add(item.path("custom_id").asText());
            b.bodies.add(item.path("body"));
        }
        batches.put(b.id, b);
        return FakeAnswer.json(200, FakeBatchJson.openAi(b));
    }

    private void advanceOpenAi(FakeBatch b) {
        switch (b.status) {
            case "validating" -> b.status = "in_progress";
            case "in_progress" -> {
                if (!hold) {
                    answerAll(b);
                    b.status = "finalizing";
                }
            }
            case "finalizing" -> end(b, "completed");
            case "cancelling" -> finish(b, OutcomeKind.CANCELED);
            default -> { }
        }
    }

    // ---- Anthropic: parts start at "messages/batches": [messages, batches, {id}, cancel|results]

    private FakeAnswer anthropic(String method, String[] p, byte[] body) {
        if (p.length == 2 && method.equals("POST")) return createAnthropic(Json.parse(body));
        if (p.length >= 3) {
            FakeBatch b = batch(p[2]);
            if (p.length == 4 && p[3].equals("results")) return FakeAnswer.bytes(FakeBatchJson.anthropicResults(b));
            if (p.length == 4 && p[3].equals("cancel")) cancel(b, "canceling");
            else if (p.length == 3) advanceAnthropic(b);
            return FakeAnswer.json(200, FakeBatchJson.anthropic(b, baseUrl));
        }
        throw new NotFound("No fake batch endpoint at /v1/" + String.join("/", p));
    }

    private FakeAnswer createAnthropic(JsonNode req) {
        if (req == null || !req.path("requests").isArray() || req.path("requests").isEmpty()) {
            throw new IllegalArgumentException("requests: a non-empty array of {custom_id, params} is required");
        }
        FakeBatch b = new FakeBatch(Ids.next("msgbatch_"), FakeDialect.ANTHROPIC, "in_progress");
        for (JsonNode r : req.path("requests")) {
            if (r.path("params").path("stream").asBoolean(false)) {
                throw new IllegalArgumentException("params.stream must not be true in a batch");
            }
            b.customIds.add(r.path("custom_id").asText());
            b.bodies.add(r.path("params"));
        }
        batches.put(b.id, b);
        return FakeAnswer.json(200, FakeBatchJson.anthropic(b, baseUrl));
    }

    private void advanceAnthropic(FakeBatch b) {
        if (b.status.equals("canceling")) finish(b, OutcomeKind.CANCELED);
        else if (b.status.equals("in_progress") && !hold) {
            answerAll(b);
            end(b, "ended");
        }
    }

    // ---- shared

    private void cancel(FakeBatch b, String cancelling) {
        if (b.endedAt != null) return;
        b.cancelRequested = true;
        b.status = cancelling;
    }

    /** Ends a batch whose items did not run: each becomes {@code kind}. */
    private void finish(FakeBatch b, OutcomeKind kind) {
        b.outcomes.clear();
        for (int i = 0; i < b.customIds.size(); i++) b.outcomes.add(new Outcome(kind, 0, null));
        boolean openAi = b.dialect == FakeDialect.OPENAI;
        end(b, kind == OutcomeKind.EXPIRED ? (openAi ? "expired" : "ended") : (openAi ? "cancelled" : "ended"));
    }

    private void end(FakeBatch b, String status) {
        b.status = status;
        b.endedAt = System.currentTimeMillis() / 1000;
        if (b.dialect == FakeDialect.OPENAI) FakeBatchJson.writeOpenAiFiles(b, files);
    }

    private void answerAll(FakeBatch b) {
        b.outcomes.clear();
        Dialect dialect = b.dialect.wire();
        Route route = new Route(b.dialect, Route.Endpoint.CHAT, null, false);
        for (JsonNode body : b.bodies) {
            WireRequest wire = dialect.read(route, body);
            FakeScript script = state.nextScript();
            if (script == null) script = ModelBehaviours.forModel(wire.model());
            b.outcomes.add(switch (script.kind()) {
                case ANSWER -> new Outcome(OutcomeKind.ANSWER, 200, dialect.completion(Reply.of(script, wire, dialect.idPrefix())));
                case ERROR, RATE_LIMITED -> new Outcome(OutcomeKind.ERROR, script.status(),
                        dialect.error(script.status(), script.errorMessage(), 0));
                case CONTEXT_LENGTH -> new Outcome(OutcomeKind.ERROR, 400, dialect.contextLengthExceeded(wire));
            });
        }
    }

    private FakeBatch batch(String id) {
        FakeBatch b = batches.get(id);
        if (b == null) throw new NotFound("No batch found with id '" + id + "'.");
        return b;
    }

    private byte[] file(String id) {
        byte[] f = files.get(id);
        if (f == null) throw new NotFound("No such File object: " + id);
        return f;
    }

    private static final class NotFound extends RuntimeException {
        NotFound(String message) {
            super(message);
        }
    }

    /** A reply: JSON, or raw bytes (JSONL file contents). */
    record FakeAnswer(int status, JsonNode json, byte[] raw) {
        static FakeAnswer json(int status, JsonNode body) {
            return new FakeAnswer(status, body, null);
        }

        static FakeAnswer bytes(byte[] raw) {
            return new FakeAnswer(200, null, raw);
        }
    }
}
