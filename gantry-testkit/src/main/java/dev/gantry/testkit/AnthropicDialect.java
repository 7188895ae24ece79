package dev.gantry.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gantry.core.chat.FinishReason;
import dev.gantry.core.chat.ToolCall;
import dev.gantry.core.chat.Usage;
import java.io.IOException;
import java.util.Base64;
import java.nio.charset.StandardCharsets;

/** Anthropic Messages API. */
final class AnthropicDialect implements Dialect {
    static final AnthropicDialect INSTANCE = new AnthropicDialect();
    private static final int MAX_CONTEXT = 200_000;
    private static final String DELTA = "content_block_delta";

    private AnthropicDialect() {
    }

    @Override
    public WireRequest read(Route route, JsonNode body) {
        String system = body.has("system") ? Json.joinText(body.path("system"), "text") : null;
        long words = Words.count(system);
        String lastUser = "";
        for (JsonNode m : body.path("messages")) {
            String text = Json.joinText(m.path("content"), "text");
            words += Words.count(text) + Words.count(toolResultText(m.path("content")));
            if ("user".equals(m.path("role").asText())) lastUser = text;
        }
        return new WireRequest(FakeDialect.ANTHROPIC, body.path("model").asText(null), body.path("stream").asBoolean(false),
                true, 1, system, lastUser, words, Json.doubleOrNull(body, "temperature"),
                Json.intOrNull(body, "max_tokens"), Json.texts(body.path("tools"), "name"));
    }

    private static String toolResultText(JsonNode content) {
        StringBuilder sb = new StringBuilder();
        for (JsonNode block : content) {
            if ("tool_result".equals(block.path("type").asText())) sb.append(' ').append(Json.joinText(block.path("content"), "text"));
        }
        return sb.toString();
    }

    @Override
    public String idPrefix() {
        return "msg_01";
    }

    @Override
    public JsonNode completion(Reply r) {
        ObjectNode root = Json.object().put("id", r.id()).put("type", "message").put("role", "assistant")
                .put("model", r.model());
        ArrayNode content = root.putArray("content");
        if (r.hasThinking()) {
            content.addObject().put("type", "thinking").put("thinking", r.thinking()).put("signature", signature(r));
        }
        if (r.hasText()) content.addObject().put("type", "text").put("text", r.text());
        for (ToolCall c : r.toolCalls()) {
            content.addObject().put("type", "tool_use").put("id", c.id()).put("name", c.name())
                    .set("input", Json.objectOrEmpty(c.arguments()));
        }
        root.put("stop_reason", stopReason(r.finishReason())).putNull("stop_sequence");
        root.set("usage", usage(r.usage(), r.usage().outputTokens()));
        return root;
    }

    /** Anthropic reports input_tokens without the cache reads and writes; Gantry's input counts them all. */
    private static ObjectNode usage(Usage u, long outputTokens) {
        long uncached = Math.max(0, u.inputTokens() - u.cachedInputTokens() - u.cacheWriteTokens());
        return Json.object().put("input_tokens", uncached)
                .put("cache_creation_input_tokens", u.cacheWriteTokens())
                .put("cache_read_input_tokens", u.cachedInputTokens())
                .put("output_tokens", outputTokens);
    }

    private static String stopReason(FinishReason reason) {
        return switch (reason) {
            case STOP -> "end_turn";
            case LENGTH -> "max_tokens";
            case TOOL_CALLS -> "tool_use";
            case CONTENT_FILTER -> "refusal";
        };
    }

    private static String signature(Reply r) {
        return "EqQBCkYIBxgCKkD" + Base64.getEncoder().withoutPadding()
                .encodeToString(Integer.toHexString(r.thinking().hashCode()).getBytes(StandardCharsets.US_ASCII));
    }

    @Override
    public void stream(WireRequest req, Reply r, SseSink sink) throws IOException {
        sink.control("message_start", messageStart(r));
        int index = 0;
        if (r.hasThinking()) streamThinking(r, index++, sink);
        if (r.hasText()) streamText(r, index++, sink);
        for (ToolCall c : r.toolCalls()) streamToolUse(c, index++, sink);
        sink.closing(DELTA);
        ObjectNode delta = Json.object().put("type", "message_delta");
        delta.putObject("delta").put("stop_reason", stopReason(r.finishReason())).putNull("stop_sequence");
        delta.set("usage", usage(r.usage(), r.usage().outputTokens()));
        sink.control("message_delta", delta);
        sink.control("message_stop", Json.object().put("type", "message_stop"));
    }

    private static ObjectNode messageStart(Reply r) {
        ObjectNode message = Json.object().put("id", r.id()).put("type", "message").put("role", "assistant")
                .put("model", r.model());
        message.putArray("content");
        message.putNull("stop_reason").putNull("stop_sequence");
        message.set("usage", usage(r.usage(), 1));
        ObjectNode root = Json.object().put("type", "message_start");
        root.set("message", message);
        return root;
    }

    private void streamThinking(Reply r, int index, SseSink sink) throws IOException {
        blockStart(index, Json.object().put("type", "thinking").put("thinking", ""), sink);
        for (String piece : Words.pieces(r.thinking())) {
            sink.content(DELTA, delta(index, Json.object().put("type", "thinking_delta").put("thinking", piece)));
        }
        sink.content(DELTA, delta(index, Json.object().put("type", "signature_delta").put("signature", signature(r))));
        blockStop(index, sink);
    }

    private void streamText(Reply r, int index, SseSink sink) throws IOException {
        blockStart(index, Json.object().put("type", "text").put("text", ""), sink);
        for (String piece : r.textPieces()) {
            sink.content(DELTA, delta(index, Json.object().put("type", "text_delta").put("text", piece)));
        }
        blockStop(index, sink);
    }

    private void streamToolUse(ToolCall c, int index, SseSink sink) throws IOException {
        ObjectNode block = Json.object().put("type", "tool_use").put("id", c.id()).put("name", c.name());
        block.putObject("input");
        blockStart(index, block, sink);
        sink.content(DELTA, delta(index, Json.object().put("type", "input_json_delta").put("partial_json", "")));
        for (String fragment : Words.fragments(Json.compact(c.arguments()))) {
            sink.content(DELTA, delta(index, Json.object().put("type", "input_json_delta").put("partial_json", fragment)));
        }
        blockStop(index, sink);
    }

    /** The real API sends one ping right after the first content_block_start. */
    private static void blockStart(int index, ObjectNode block, SseSink sink) throws IOException {
        ObjectNode start = Json.object().put("type", "content_block_start").put("index", index);
        start.set("content_block", block);
        sink.control("content_block_start", start);
        if (index == 0) sink.control("ping", Json.object().put("type", "ping"));
    }

    private static void blockStop(int index, SseSink sink) throws IOException {
        sink.control("content_block_stop", Json.object().put("type", "content_block_stop").put("index", index));
    }

    private static ObjectNode delta(int index, ObjectNode delta) {
        ObjectNode root = Json.object().put("type", DELTA).put("index", index);
        root.set("delta", delta);
        return root;
    }

    @Override
    public JsonNode error(int status, String message, int retryAfterSeconds) {
        String type = switch (status) {
            case 400 -> "invalid_request_error";
            case 401 -> "authentication_error";
            case 403 -> "permission_error";
            case 404 -> "not_found_error";
            case 413 -> "request_too_large";
            case 429 -> "rate_limit_error";
            case 529 -> "overloaded_error";
            default -> status >= 500 ? "api_error" : "invalid_request_error";
        };
        return errorBody(type, message != null ? message : ErrorTexts.forStatus(status, retryAfterSeconds));
    }

    @Override
    public JsonNode contextLengthExceeded(WireRequest req) {
        long tokens = MAX_CONTEXT + 1 + (req == null ? 0 : req.inputWords());
        return errorBody("invalid_request_error", "prompt is too long: " + tokens + " tokens > " + MAX_CONTEXT + " maximum");
    }

    private static ObjectNode errorBody(String type, String message) {
        ObjectNode root = Json.object().put("type", "error");
        root.putObject("error").put("type", type).put("message", message);
        root.put("request_id", Ids.next("req_011"));
        return root;
    }

    @Override
    public JsonNode embeddings(Route route, JsonNode body) {
        return null;
    }

    @Override
    public JsonNode models() {
        ObjectNode root = Json.object();
        root.putArray("data").addObject().put("type", "model").put("id", "fake-model")
                .put("display_name", "Fake Model").put("created_at", "2025-01-01T00:00:00Z");
        return root.put("has_more", false).put("first_id", "fake-model").put("last_id", "fake-model");
    }
}
