package dev.gantry.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gantry.core.chat.ToolCall;
import dev.gantry.core.chat.Usage;
import java.io.IOException;
import java.util.List;

/** OpenAI Chat Completions and Embeddings (also Azure OpenAI and OpenAI-compatible servers). */
final class OpenAiDialect implements Dialect {
    static final OpenAiDialect INSTANCE = new OpenAiDialect();
    private static final int MAX_CONTEXT = 128_000;

    private OpenAiDialect() {
    }

    @Override
    public WireRequest read(Route route, JsonNode body) {
        StringBuilder system = new StringBuilder();
        String lastUser = "";
        long words = 0;
        for (JsonNode m : body.path("messages")) {
            String text = Json.joinText(m.path("content"), "text");
            words += Words.count(text);
            String role = m.path("role").asText("");
            if (role.equals("system") || role.equals("developer")) system.append(text);
            else if (role.equals("user")) lastUser = text;
        }
        Integer maxTokens = Json.intOrNull(body, "max_completion_tokens");
        String model = route.pathModel() != null ? route.pathModel() : body.path("model").asText(null);
        return new WireRequest(FakeDialect.OPENAI, model, body.path("stream").asBoolean(false),
                body.path("stream_options").path("include_usage").asBoolean(false), body.path("n").asInt(1),
                system.isEmpty() ? null : system.toString(), lastUser, words, Json.doubleOrNull(body, "temperature"),
                maxTokens != null ? maxTokens : Json.intOrNull(body, "max_tokens"), toolNames(body));
    }

    private static List<String> toolNames(JsonNode body) {
        ArrayNode functions = Json.array();
        for (JsonNode t : body.path("tools")) functions.add(t.path("function"));
        return Json.texts(functions, "name");
    }

    @Override
    public String idPrefix() {
        return "chatcmpl-";
    }

    @Override
    public JsonNode completion(Reply r) {
        ObjectNode root = Json.object();
        root.put("id", r.id()).put("object", "chat.completion").put("created", r.created()).put("model", r.model());
        ArrayNode choices = root.putArray("choices");
        for (int i = 0; i < r.choices(); i++) {
            ObjectNode choice = choices.addObject().put("index", i);
            choice.set("message", message(r));
            choice.putNull("logprobs");
            choice.put("finish_reason", r.finishReason().wire());
        }
        root.set("usage", usage(r.usage()));
        root.put("service_tier", "default").put("system_fingerprint", "fp_gantry_fake");
        return root;
    }

    private static ObjectNode message(Reply r) {
        ObjectNode m = Json.object().put("role", "assistant").put("content", r.text());
        m.putNull("refusal");
        if (r.hasThinking()) m.put("reasoning_content", r.thinking());
        if (!r.toolCalls().isEmpty()) {
            ArrayNode calls = m.putArray("tool_calls");
            for (ToolCall c : r.toolCalls()) {
                ObjectNode call = calls.addObject().put("id", c.id()).put("type", "function");
                call.putObject("function").put("name", c.name()).put("arguments", c.arguments());
            }
        }
        return m;
    }

    private static ObjectNode usage(Usage u) {
        ObjectNode n = Json.object().put("prompt_tokens", u.inputTokens()).put("completion_tokens", u.outputTokens())
                .put("total_tokens", u.totalTokens());
        n.putObject("prompt_tokens_details").put("cached_tokens", u.cachedInputTokens()).put("audio_tokens", 0);
        n.putObject("completion_tokens_details").put("reasoning_tokens", u.reasoningTokens()).put("audio_tokens", 0)
                .put("accepted_prediction_tokens", 0).put("rejected_prediction_tokens", 0);
        return n;
    }

    @Override
    public void stream(WireRequest req, Reply r, SseSink sink) throws IOException {
        sink.control(null, chunk(req, r, Json.object().put("role", "assistant").put("content", ""), null));
        if (r.hasThinking()) {
            for (String piece : Words.pieces(r.thinking())) {
                sink.content(null, chunk(req, r, Json.object().put("reasoning_content", piece), null));
            }
        }
        if (r.hasText()) {
            for (String piece : r.textPieces()) sink.content(null, chunk(req, r, Json.object().put("content", piece), null));
        }
        streamToolCalls(req, r, sink);
        sink.closing(null);
        sink.control(null, chunk(req, r, Json.object(), r.finishReason().wire()));
        if (req.includeUsage()) sink.control(null, usageChunk(r));
        sink.rawData("[DONE]");
    }

    private void streamToolCalls(WireRequest req, Reply r, SseSink sink) throws IOException {
        List<ToolCall> calls = r.toolCalls();
        for (int i = 0; i < calls.size(); i++) {
            ToolCall c = calls.get(i);
            ObjectNode head = Json.object().put("index", i).put("id", c.id()).put("type", "function");
            head.putObject("function").put("name", c.name()).put("arguments", "");
            sink.content(null, chunk(req, r, toolDelta(head), null));
            for (String fragment : Words.fragments(c.arguments())) {
                ObjectNode part = Json.object().put("index", i);
                part.putObject("function").put("arguments", fragment);
                sink.content(null, chunk(req, r, toolDelta(part), null));
            }
        }
    }

    private static ObjectNode toolDelta(ObjectNode call) {
        ObjectNode delta = Json.object();
        delta.putArray("tool_calls").add(call);
        return delta;
    }

    private static ObjectNode chunk(WireRequest req, Reply r, ObjectNode delta, String finishReason) {
        ObjectNode root = chunkHead(r);
        ObjectNode choice = root.putArray("choices").addObject().put("index", 0);
        choice.set("delta", delta);
        choice.putNull("logprobs");
        choice.put("finish_reason", finishReason);
        if (req.includeUsage()) root.putNull("usage");
        return root;
    }

    private static ObjectNode usageChunk(Reply r) {
        ObjectNode root = chunkHead(r);
        root.putArray("choices");
        root.set("usage", usage(r.usage()));
        return root;
    }

    private static ObjectNode chunkHead(Reply r) {
        return Json.object().put("id", r.id()).put("object", "chat.completion.chunk").put("created", r.created())
                .put("model", r.model()).put("system_fingerprint", "fp_gantry_fake");
    }

    @Override
    public JsonNode error(int status, String message, int retryAfterSeconds) {
        String type = status == 429 ? "requests" : status >= 500 ? "server_error" : "invalid_request_error";
        String code = switch (status) {
            case 401 -> "invalid_api_key";
            case 404 -> "model_not_found";
            case 429 -> "rate_limit_exceeded";
            default -> null;
        };
        return errorBody(message != null ? message : ErrorTexts.forStatus(status, retryAfterSeconds), type, null, code);
    }

    @Override
    public JsonNode contextLengthExceeded(WireRequest req) {
        long tokens = MAX_CONTEXT + 1 + (req == null ? 0 : req.inputWords());
        String message = "This model's maximum context length is " + MAX_CONTEXT + " tokens. However, your messages "
                + "resulted in " + tokens + " tokens. Please reduce the length of the messages.";
        return errorBody(message, "invalid_request_error", "messages", "context_length_exceeded");
    }

    private static ObjectNode errorBody(String message, String type, String param, String code) {
        ObjectNode root = Json.object();
        root.putObject("error").put("message", message).put("type", type).put("param", param).put("code", code);
        return root;
    }

    @Override
    public JsonNode embeddings(Route route, JsonNode body) {
        List<String> inputs = inputs(body.path("input"));
        int dims = body.path("dimensions").asInt(Vectors.DEFAULT_DIMENSIONS);
        boolean base64 = "base64".equals(body.path("encoding_format").asText(null));
        ObjectNode root = Json.object().put("object", "list");
        ArrayNode data = root.putArray("data");
        long words = 0;
        for (int i = 0; i < inputs.size(); i++) {
            float[] v = Vectors.of(inputs.get(i), dims);
            ObjectNode item = data.addObject().put("object", "embedding").put("index", i);
            if (base64) item.put("embedding", Vectors.base64(v));
            else addFloats(item.putArray("embedding"), v);
            words += Words.count(inputs.get(i));
        }
        String model = route.pathModel() != null ? route.pathModel() : body.path("model").asText("fake-embedding");
        root.put("model", model);
        root.putObject("usage").put("prompt_tokens", words).put("total_tokens", words);
        return root;
    }

    private static List<String> inputs(JsonNode input) {
        if (input.isTextual()) return List.of(input.asText());
        List<String> out = new java.util.ArrayList<>();
        for (JsonNode n : input) out.add(n.asText());
        return out;
    }

    static void addFloats(ArrayNode target, float[] v) {
        for (float f : v) target.add(f);
    }

    @Override
    public JsonNode models() {
        ObjectNode root = Json.object().put("object", "list");
        ArrayNode data = root.putArray("data");
        for (String id : List.of("fake-model", "fake-tool", "fake-embedding")) {
            data.addObject().put("id", id).put("object", "model").put("created", 1_700_000_000L)
                    .put("owned_by", "gantry-fake");
        }
        return root;
    }
}
