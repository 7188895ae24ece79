package dev.gantry.provider.anthropic.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gantry.core.batch.BatchCounts;
import dev.gantry.core.batch.BatchItem;
import dev.gantry.core.batch.BatchJob;
import dev.gantry.core.batch.BatchResultItem;
import dev.gantry.core.batch.BatchState;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.Function;

/**
 * The Message Batches API's JSON: the create body, the message_batch object and the result lines. Anthropic
 * reports three processing statuses; the request counts tell how an ended batch ended.
 */
public final class BatchJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private BatchJson() {
    }

    /** {@code {"requests": [{"custom_id", "params"}]}}, params being the Messages request body. */
    public static byte[] createBody(List<BatchItem> items, Function<BatchItem, byte[]> params) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("{\"requests\":[".getBytes(StandardCharsets.UTF_8));
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) out.write(',');
            out.writeBytes(("{\"custom_id\":" + quoted(items.get(i).customId()) + ",\"params\":")
                    .getBytes(StandardCharsets.UTF_8));
            out.writeBytes(params.apply(items.get(i)));
            out.write('}');
        }
        out.writeBytes("]}".getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    public static BatchJob job(JsonNode b) {
        String status = b.path("processing_status").asText("");
        JsonNode c = b.path("request_counts");
        int succeeded = c.path("succeeded").asInt(0);
        int errored = c.path("errored").asInt(0);
        int canceled = c.path("canceled").asInt(0);
        int expired = c.path("expired").asInt(0);
        int total = succeeded + errored + canceled + expired + c.path("processing").asInt(0);
        BatchState state = switch (status) {
            case "in_progress" -> BatchState.IN_PROGRESS;
            case "canceling" -> BatchState.CANCELLING;
            case "ended" -> canceled > 0 || b.hasNonNull("cancel_initiated_at") ? BatchState.CANCELLED
                    : expired > 0 ? BatchState.EXPIRED : BatchState.COMPLETED;
            default -> throw new IllegalArgumentException("unknown Anthropic batch processing_status '" + status + "'");
        };
        return new BatchJob(b.path("id").asText(), state, status,
                new BatchCounts(total, succeeded, errored + canceled + expired), instant(b.get("created_at")),
                instant(b.get("ended_at")), null);
    }

    /** The results URL the batch object names, or null before the batch ended. */
    public static String resultsUrl(JsonNode b) {
        JsonNode u = b.get("results_url");
        return u == null || u.isNull() ? null : u.asText();
    }

    /**
     * One result line.
     *
     * @param reader reads a succeeded item's message as the normal chat call reads an answer
     */
    public static BatchResultItem result(JsonNode line, Function<byte[], dev.gantry.core.chat.ChatResponse> reader) {
        String id = line.path("custom_id").asText();
        JsonNode r = line.path("result");
        String type = r.path("type").asText("");
        return switch (type) {
            case "succeeded" -> BatchResultItem.answered(id, reader.apply(bytes(r.path("message"))));
            case "errored" -> {
                JsonNode e = r.path("error").has("error") ? r.path("error").path("error") : r.path("error");
                yield BatchResultItem.failed(id, e.path("type").asText("api_error"), e.path("message").asText(""),
                        status(e.path("type").asText("")));
            }
            case "canceled" -> BatchResultItem.failed(id, "canceled", "the batch was cancelled before this item ran", 0);
            case "expired" -> BatchResultItem.failed(id, "expired", "the batch expired before this item ran", 0);
            default -> BatchResultItem.failed(id, "unknown_result", "unknown result type '" + type + "'", 0);
        };
    }

    private static int status(String errorType) {
        return switch (errorType) {
            case "invalid_request_error" -> 400;
            case "authentication_error" -> 401;
            case "permission_error" -> 403;
            case "not_found_error" -> 404;
            case "rate_limit_error" -> 429;
            case "overloaded_error" -> 529;
            default -> 500;
        };
    }

    private static byte[] bytes(JsonNode n) {
        try {
            return MAPPER.writeValueAsBytes(n);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Instant instant(JsonNode n) {
        if (n == null || n.isNull()) return null;
        try {
            return Instant.parse(n.asText());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String quoted(String s) {
        try {
            return MAPPER.writeValueAsString(s);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
