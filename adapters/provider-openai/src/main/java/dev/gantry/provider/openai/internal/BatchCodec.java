package dev.gantry.provider.openai.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gantry.core.batch.BatchCounts;
import dev.gantry.core.batch.BatchItem;
import dev.gantry.core.batch.BatchJob;
import dev.gantry.core.batch.BatchResultItem;
import dev.gantry.core.batch.BatchState;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;

/**
 * The OpenAI Batch API's JSON: the input file's lines, the batch object, and the output and error files' lines.
 * Each input line's body is exactly what {@code POST /chat/completions} would get.
 */
public final class BatchCodec {
    public static final String CHAT_ENDPOINT = "/v1/chat/completions";

    private BatchCodec() {
    }

    /** The JSONL input file: {@code {"custom_id", "method": "POST", "url", "body"}} per item. */
    public static byte[] inputFile(List<BatchItem> items, Function<BatchItem, byte[]> chatBody) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (BatchItem item : items) {
            out.writeBytes(("{\"custom_id\":" + quoted(item.customId()) + ",\"method\":\"POST\",\"url\":\""
                    + CHAT_ENDPOINT + "\",\"body\":").getBytes(StandardCharsets.UTF_8));
            out.writeBytes(chatBody.apply(item));
            out.writeBytes("}\n".getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    public static byte[] createBody(String inputFileId) {
        return ("{\"input_file_id\":" + quoted(inputFileId) + ",\"endpoint\":\"" + CHAT_ENDPOINT
                + "\",\"completion_window\":\"24h\"}").getBytes(StandardCharsets.UTF_8);
    }

    public static BatchJob job(JsonNode b) {
        String status = b.path("status").asText("");
        JsonNode counts = b.path("request_counts");
        return new BatchJob(b.path("id").asText(), state(status), status, new BatchCounts(counts.path("total").asInt(0),
                counts.path("completed").asInt(0), counts.path("failed").asInt(0)), seconds(b.get("created_at")),
                ended(b), error(b));
    }

    static BatchState state(String status) {
        return switch (status) {
            case "validating" -> BatchState.VALIDATING;
            case "in_progress", "finalizing" -> BatchState.IN_PROGRESS;
            case "cancelling" -> BatchState.CANCELLING;
            case "completed" -> BatchState.COMPLETED;
            case "failed" -> BatchState.FAILED;
            case "expired" -> BatchState.EXPIRED;
            case "cancelled" -> BatchState.CANCELLED;
            default -> throw new IllegalArgumentException("unknown OpenAI batch status '" + status + "'");
        };
    }

    private static Instant ended(JsonNode b) {
        for (String f : List.of("completed_at", "failed_at", "expired_at", "cancelled_at")) {
            Instant t = seconds(b.get(f));
            if (t != null) return t;
        }
        return null;
    }

    private static String error(JsonNode b) {
        JsonNode data = b.path("errors").path("data");
        if (!data.isArray() || data.isEmpty()) return null;
        JsonNode first = data.get(0);
        String line = first.hasNonNull("line") ? " (input line " + first.get("line").asInt() + ")" : "";
        return first.path("code").asText("error") + ": " + first.path("message").asText("") + line;
    }

    /** One line of the output or error file. */
    public static BatchResultItem result(JsonNode line) {
        String id = line.path("custom_id").asText();
        JsonNode error = line.get("error");
        if (error != null && !error.isNull()) {
            return BatchResultItem.failed(id, error.path("code").asText("error"), error.path("message").asText(""), 0);
        }
        JsonNode response = line.path("response");
        int status = response.path("status_code").asInt(0);
        JsonNode body = response.path("body");
        if (status / 100 == 2 && body.has("choices")) return BatchResultItem.answered(id, ChatResponseCodec.read(body));
        JsonNode e = body.path("error");
        return BatchResultItem.failed(id, e.path("type").asText(e.path("code").asText("error")),
                e.path("message").asText("the item's call answered " + status), status);
    }

    private static Instant seconds(JsonNode n) {
        return n == null || n.isNull() || !n.canConvertToLong() ? null : Instant.ofEpochSecond(n.asLong());
    }

    private static String quoted(String s) {
        try {
            return Json.MAPPER.writeValueAsString(s);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
