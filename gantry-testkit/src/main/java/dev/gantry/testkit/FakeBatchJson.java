package dev.gantry.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gantry.testkit.FakeBatch.Outcome;
import dev.gantry.testkit.FakeBatch.OutcomeKind;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;

/** The fake's batch objects and result files, in each provider's documented shapes. */
final class FakeBatchJson {
    private FakeBatchJson() {
    }

    static ObjectNode openAi(FakeBatch b) {
        ObjectNode o = Json.object().put("id", b.id).put("object", "batch").put("endpoint", "/v1/chat/completions")
                .put("input_file_id", b.inputFileId).put("completion_window", "24h").put("status", b.status)
                .put("output_file_id", b.outputFileId).put("error_file_id", b.errorFileId)
                .put("created_at", b.createdAt);
        if (b.endedAt != null) o.put(endedField(b.status), b.endedAt);
        o.putObject("request_counts").put("total", b.customIds.size()).put("completed", b.succeeded())
                .put("failed", b.outcomes.size() - b.succeeded());
        return o;
    }

    private static String endedField(String status) {
        return switch (status) {
            case "expired" -> "expired_at";
            case "cancelled" -> "cancelled_at";
            case "failed" -> "failed_at";
            default -> "completed_at";
        };
    }

    /** Output file: answered and per-item error lines; error file: items that never ran (OpenAI lists expired ones). */
    static void writeOpenAiFiles(FakeBatch b, Map<String, byte[]> files) {
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        for (int i = 0; i < b.outcomes.size(); i++) {
            Outcome o = b.outcomes.get(i);
            ObjectNode line = Json.object().put("id", Ids.next("batch_req_")).put("custom_id", b.customIds.get(i));
            if (o.kind() == OutcomeKind.ANSWER || o.kind() == OutcomeKind.ERROR) {
                line.putObject("response").put("status_code", o.status()).put("request_id", Ids.next("req_"))
                        .set("body", o.body());
                line.putNull("error");
                (o.kind() == OutcomeKind.ANSWER ? output : errors).writeBytes(lineBytes(line));
            } else if (o.kind() == OutcomeKind.EXPIRED) {
                line.putNull("response");
                line.putObject("error").put("code", "batch_expired")
                        .put("message", "This request could not be executed before the completion window expired.");
                errors.writeBytes(lineBytes(line));
            }
        }
        if (output.size() > 0) files.put(b.outputFileId = Ids.next("file-"), output.toByteArray());
        if (errors.size() > 0) files.put(b.errorFileId = Ids.next("file-"), errors.toByteArray());
    }

    static ObjectNode anthropic(FakeBatch b, String baseUrl) {
        boolean ended = b.endedAt != null;
        ObjectNode o = Json.object().put("id", b.id).put("type", "message_batch").put("processing_status", b.status)
                .put("created_at", iso(b.createdAt)).put("expires_at", iso(b.createdAt + 86_400));
        o.put("ended_at", ended ? iso(b.endedAt) : null);
        o.put("cancel_initiated_at", b.cancelRequested ? iso(b.createdAt) : null);
        o.put("results_url", ended ? baseUrl + "/v1/messages/batches/" + b.id + "/results" : null);
        o.putObject("request_counts").put("processing", ended ? 0 : b.customIds.size())
                .put("succeeded", b.succeeded()).put("errored", b.errored())
                .put("canceled", b.count(OutcomeKind.CANCELED)).put("expired", b.count(OutcomeKind.EXPIRED));
        return o;
    }

    static byte[] anthropicResults(FakeBatch b) {
        if (b.endedAt == null) throw new IllegalArgumentException("Batch " + b.id + " has not ended; results are not ready");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < b.outcomes.size(); i++) {
            Outcome o = b.outcomes.get(i);
            ObjectNode line = Json.object().put("custom_id", b.customIds.get(i));
            ObjectNode result = line.putObject("result");
            switch (o.kind()) {
                case ANSWER -> result.put("type", "succeeded").set("message", o.body());
                case ERROR -> result.put("type", "errored").set("error", o.body());
                case CANCELED -> result.put("type", "canceled");
                case EXPIRED -> result.put("type", "expired");
            }
            out.writeBytes(lineBytes(line));
        }
        return out.toByteArray();
    }

    private static byte[] lineBytes(JsonNode line) {
        return (line + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private static String iso(long epochSeconds) {
        return Instant.ofEpochSecond(epochSeconds).toString();
    }
}
