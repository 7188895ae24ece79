package dev.gantry.server.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gantry.core.batch.BatchItem;
import dev.gantry.core.chat.ChatRequest;
import dev.gantry.core.error.GantryException;
import dev.gantry.provider.openai.OpenAiCodec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The body of {@code POST /gantry/batches}: a JSON object {@code {"model", "requests": [{"custom_id", "body"}]}},
 * or JSONL in OpenAI's batch input format (one {@code {"custom_id", "body"}} per line; {@code method} and {@code url}
 * may be there, url then must be /v1/chat/completions) with the model in {@code ?model=}. Each body is a chat
 * completion request, read exactly as /v1/chat/completions reads one; its model and stream are ignored.
 */
record BatchRequestBody(String model, List<BatchItem> items) {
    private static final ObjectMapper JSON = new ObjectMapper();

    static BatchRequestBody read(byte[] body, String contentType, String queryModel) {
        boolean jsonl = contentType != null && (contentType.contains("jsonl") || contentType.contains("ndjson"));
        return jsonl ? lines(body, queryModel) : object(body, queryModel);
    }

    private static BatchRequestBody object(byte[] body, String queryModel) {
        JsonNode root = parse(body, "the request body");
        String model = root.hasNonNull("model") ? root.get("model").asText() : queryModel;
        JsonNode requests = root.path("requests");
        if (!requests.isArray()) {
            throw GantryException.invalid("requests", "'requests' must be an array of {custom_id, body}; or send JSONL "
                    + "lines with Content-Type: application/jsonl");
        }
        List<BatchItem> items = new ArrayList<>(requests.size());
        for (int i = 0; i < requests.size(); i++) items.add(item(requests.get(i), "requests[" + i + "]"));
        return new BatchRequestBody(requireModel(model), items);
    }

    private static BatchRequestBody lines(byte[] body, String queryModel) {
        List<BatchItem> items = new ArrayList<>();
        String[] lines = new String(body, StandardCharsets.UTF_8).split("\n");
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) continue;
            String where = "line " + (i + 1);
            items.add(item(parse(lines[i].getBytes(StandardCharsets.UTF_8), where), where));
        }
        return new BatchRequestBody(requireModel(queryModel), items);
    }

    private static BatchItem item(JsonNode n, String where) {
        if (!n.isObject()) throw GantryException.invalid("requests", where + " is not an object {custom_id, body}");
        String url = n.path("url").asText("/v1/chat/completions");
        if (!url.endsWith("/chat/completions")) {
            throw GantryException.invalid("url", where + ": url '" + url + "' is not /v1/chat/completions, the only "
                    + "endpoint batches run");
        }
        JsonNode body = n.get("body");
        if (body == null || !body.isObject()) {
            throw GantryException.invalid("body", where + " has no 'body' object: give the chat completion request there");
        }
        ObjectNode copy = (ObjectNode) body.deepCopy();
        if (!copy.hasNonNull("model")) copy.put("model", "batch"); // the batch's model wins; the codec wants one
        ChatRequest request;
        try {
            request = OpenAiCodec.readChatRequest(JSON.writeValueAsBytes(copy));
        } catch (GantryException e) {
            throw GantryException.invalid(e.param(), where + ": " + e.getMessage());
        } catch (IOException e) {
            throw GantryException.invalid("body", where + ": the body cannot be read");
        }
        try {
            return new BatchItem(n.path("custom_id").isTextual() ? n.get("custom_id").asText() : null, request);
        } catch (IllegalArgumentException e) {
            throw GantryException.invalid("custom_id", where + ": " + e.getMessage());
        }
    }

    private static JsonNode parse(byte[] bytes, String what) {
        try {
            JsonNode n = JSON.readTree(bytes);
            if (n == null || !n.isObject()) throw GantryException.invalid(null, what + " must be a JSON object");
            return n;
        } catch (IOException e) {
            throw GantryException.invalid(null, what + " is not valid JSON");
        }
    }

    private static String requireModel(String model) {
        if (model == null || model.isBlank()) {
            throw GantryException.invalid("model", "the batch names no model: give 'model' (an alias) in the body, or "
                    + "?model=ALIAS with a JSONL body");
        }
        return model;
    }
}
