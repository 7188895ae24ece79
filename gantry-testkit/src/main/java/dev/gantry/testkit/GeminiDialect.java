package dev.gantry.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gantry.core.chat.FinishReason;
import dev.gantry.core.chat.ToolCall;
import dev.gantry.core.chat.Usage;
import java.io.IOException;
import java.util.List;

/** Gemini API (generativelanguage v1beta): generateContent, streamGenerateContent?alt=sse, embeddings. */
final class GeminiDialect implements Dialect {
    static final GeminiDialect INSTANCE = new GeminiDialect();
    private static final int MAX_CONTEXT = 1_048_576;

    private GeminiDialect() {
    }

    @Override
    public WireRequest read(Route route, JsonNode body) {
        String system = body.has("systemInstruction") ? Json.joinText(body.path("systemInstruction").path("parts"), null) : null;
        long words = Words.count(system);
        String lastUser = "";
        for (JsonNode c : body.path("contents")) {
            String text = Json.joinText(c.path("parts"), null);
            words += Words.count(text);
            if (!"model".equals(c.path("role").asText("user"))) lastUser = text;
        }
        JsonNode config = body.path("generationConfig");
        return new WireRequest(FakeDialect.GEMINI, route.pathModel(), route.pathStream(), true,
                config.path("candidateCount").asInt(1), system, lastUser, words, Json.doubleOrNull(config, "temperature"),
                Json.intOrNull(config, "maxOutputTokens"), toolNames(body));
    }

    private static List<String> toolNames(JsonNode body) {
        ArrayNode declarations = Json.array();
        for (JsonNode tool : body.path("tools")) {
            for (JsonNode d : tool.path("functionDeclarations")) declarations.add(d);
        }
        return Json.texts(declarations, "name");
    }

    @Override
    public String idPrefix() {
        return "";
    }

    @Override
    public boolean crlf() {
        return true;
    }

    @Override
    public JsonNode completion(Reply r) {
        ObjectNode root = Json.object();
        ArrayNode candidates = root.putArray("candidates");
        for (int i = 0; i < r.choices(); i++) {
            ArrayNode parts = candidate(candidates, i, finishReason(r.finishReason()));
            if (r.hasThinking()) parts.addObject().put("text", r.thinking()).put("thought", true);
            if (r.hasText()) parts.addObject().put("text", r.text());
            addFunctionCalls(parts, r.toolCalls());
        }
        return finishRoot(root, r, usage(r.usage()));
    }

    /** Adds a candidate and returns its (empty) parts array. */
    private static ArrayNode candidate(ArrayNode candidates, int index, String finishReason) {
        ObjectNode candidate = candidates.addObject();
        ObjectNode content = candidate.putObject("content");
        ArrayNode parts = content.putArray("parts");
        content.put("role", "model");
        if (finishReason != null) candidate.put("finishReason", finishReason);
        candidate.put("index", index);
        return parts;
    }

    private static ObjectNode finishRoot(ObjectNode root, Reply r, ObjectNode usage) {
        root.set("usageMetadata", usage);
        return root.put("modelVersion", r.model()).put("responseId", r.id());
    }

    private static void addFunctionCalls(ArrayNode parts, List<ToolCall> calls) {
        for (ToolCall c : calls) {
            parts.addObject().putObject("functionCall").put("name", c.name()).set("args", Json.objectOrEmpty(c.arguments()));
        }
    }

    /** Gemini calls for tool calls STOP too: the functionCall parts are what tells them apart. */
    private static String finishReason(FinishReason reason) {
        return switch (reason) {
            case STOP, TOOL_CALLS -> "STOP";
            case LENGTH -> "MAX_TOKENS";
            case CONTENT_FILTER -> "SAFETY";
        };
    }

    /** candidatesTokenCount excludes thoughtsTokenCount; promptTokenCount includes the cached tokens. */
    private static ObjectNode usage(Usage u) {
        ObjectNode n = Json.object().put("promptTokenCount", u.inputTokens())
                .put("candidatesTokenCount", u.outputTokens() - u.reasoningTokens())
                .put("totalTokenCount", u.totalTokens());
        if (u.cachedInputTokens() > 0) n.put("cachedContentTokenCount", u.cachedInputTokens());
        if (u.reasoningTokens() > 0) n.put("thoughtsTokenCount", u.reasoningTokens());
        n.putArray("promptTokensDetails").addObject().put("modality", "TEXT").put("tokenCount", u.inputTokens());
        return n;
    }

    /** Intermediate chunks carry only the prompt count, as the real API streams it. */
    private static ObjectNode promptOnlyUsage(Usage u) {
        return Json.object().put("promptTokenCount", u.inputTokens()).put("totalTokenCount", u.inputTokens());
    }

    @Override
    public void stream(WireRequest req, Reply r, SseSink sink) throws IOException {
        if (r.hasThinking()) {
            for (String piece : Words.pieces(r.thinking())) {
                sink.content(null, chunk(r, null, parts -> parts.addObject().put("text", piece).put("thought", true)));
            }
        }
        if (r.hasText()) {
            for (String piece : r.textPieces()) sink.content(null, chunk(r, null, parts -> parts.addObject().put("text", piece)));
        }
        if (!r.toolCalls().isEmpty()) sink.content(null, chunk(r, null, parts -> addFunctionCalls(parts, r.toolCalls())));
        sink.closing(null);
        sink.control(null, chunk(r, finishReason(r.finishReason()), parts -> parts.addObject().put("text", "")));
    }

    private static ObjectNode chunk(Reply r, String finishReason, java.util.function.Consumer<ArrayNode> fill) {
        ObjectNode root = Json.object();
        fill.accept(candidate(root.putArray("candidates"), 0, finishReason));
        return finishRoot(root, r, finishReason == null ? promptOnlyUsage(r.usage()) : usage(r.usage()));
    }

    @Override
    public JsonNode error(int status, String message, int retryAfterSeconds) {
        ObjectNode root = errorBody(status, message != null ? message : ErrorTexts.forStatus(status, retryAfterSeconds));
        if (status == 429 && retryAfterSeconds > 0) {
            ((ObjectNode) root.get("error")).putArray("details").addObject()
                    .put("@type", "type.googleapis.com/google.rpc.RetryInfo").put("retryDelay", retryAfterSeconds + "s");
        }
        return root;
    }

    @Override
    public JsonNode contextLengthExceeded(WireRequest req) {
        long tokens = MAX_CONTEXT + 1 + (req == null ? 0 : req.inputWords());
        return errorBody(400, "The input token count (" + tokens + ") exceeds the maximum number of tokens allowed ("
                + MAX_CONTEXT + ").");
    }

    private static ObjectNode errorBody(int status, String message) {
        ObjectNode root = Json.object();
        root.putObject("error").put("code", status).put("message", message).put("status", statusName(status));
        return root;
    }

    private static String statusName(int status) {
        return switch (status) {
            case 400 -> "INVALID_ARGUMENT";
            case 401 -> "UNAUTHENTICATED";
            case 403 -> "PERMISSION_DENIED";
            case 404 -> "NOT_FOUND";
            case 409 -> "ABORTED";
            case 429 -> "RESOURCE_EXHAUSTED";
            case 499 -> "CANCELLED";
            case 500 -> "INTERNAL";
            case 503 -> "UNAVAILABLE";
            case 504 -> "DEADLINE_EXCEEDED";
            default -> status >= 500 ? "UNKNOWN" : "FAILED_PRECONDITION";
        };
    }

    @Override
    public JsonNode embeddings(Route route, JsonNode body) {
        if (!body.has("requests")) return Json.object().set("embedding", embedding(body));
        ObjectNode root = Json.object();
        ArrayNode embeddings = root.putArray("embeddings");
        for (JsonNode request : body.path("requests")) embeddings.add(embedding(request));
        return root;
    }

    private static ObjectNode embedding(JsonNode request) {
        String text = Json.joinText(request.path("content").path("parts"), null);
        int dims = request.path("outputDimensionality").asInt(Vectors.DEFAULT_DIMENSIONS);
        ObjectNode e = Json.object();
        OpenAiDialect.addFloats(e.putArray("values"), Vectors.of(text, dims));
        return e;
    }

    @Override
    public JsonNode models() {
        ObjectNode root = Json.object();
        ArrayNode models = root.putArray("models");
        for (String id : List.of("fake-model", "fake-tool", "fake-embedding")) {
            models.addObject().put("name", "models/" + id).put("displayName", id)
                    .putArray("supportedGenerationMethods").add("generateContent").add("streamGenerateContent");
        }
        return root;
    }
}
