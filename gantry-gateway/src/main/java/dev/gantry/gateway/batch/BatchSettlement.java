package dev.gantry.gateway.batch;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gantry.core.batch.BatchRecord;
import dev.gantry.core.batch.BatchResultItem;
import dev.gantry.core.batch.BatchStore.ResultLine;
import dev.gantry.core.chat.ChatResponse;
import dev.gantry.core.chat.Usage;
import dev.gantry.core.error.ErrorKind;
import dev.gantry.core.usage.UsageRecord;
import dev.gantry.gateway.CostCalculator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What an ended batch leaves behind: one result line per item (OpenAI's batch output shape:
 * {@code {"custom_id", "response": {"status_code", "body"}, "error"}}) and one ledger row per item, priced at the
 * normal rate less the provider's batch discount, with the discount's saving.
 */
final class BatchSettlement {
    /** The endpoint ledger rows of batch items name. */
    static final String ENDPOINT = "/gantry/batches";
    private static final ObjectMapper JSON = new ObjectMapper();
    private final CostCalculator costs;
    private final Function<ChatResponse, byte[]> answerJson;

    /** @param answerJson writes an answer as the chat.completion body clients get from /v1/chat/completions */
    BatchSettlement(CostCalculator costs, Function<ChatResponse, byte[]> answerJson) {
        this.costs = costs;
        this.answerJson = answerJson;
    }

    record Settled(List<ResultLine> lines, List<UsageRecord> ledger, BigDecimal cost) {
    }

    /**
     * The provider's results in submission order, with a line for every submitted request it reported nothing for
     * (an OpenAI batch cancelled, expired or refused before a request ran writes no line for it).
     */
    static List<BatchResultItem> complete(BatchRecord batch, List<BatchResultItem> reported, List<String> submitted) {
        Map<String, BatchResultItem> byId = new LinkedHashMap<>();
        for (BatchResultItem r : reported) byId.put(r.customId(), r);
        List<BatchResultItem> out = new ArrayList<>(Math.max(reported.size(), submitted.size()));
        for (String id : submitted) {
            BatchResultItem r = byId.remove(id);
            out.add(r != null ? r : unrun(batch, id));
        }
        out.addAll(byId.values());
        return out;
    }

    private static BatchResultItem unrun(BatchRecord b, String id) {
        return switch (b.state()) {
            case CANCELLED -> BatchResultItem.failed(id, "cancelled", "the batch was cancelled before this request ran", 0);
            case EXPIRED -> BatchResultItem.failed(id, "expired", "the batch expired before this request ran", 0);
            case FAILED -> BatchResultItem.failed(id, "batch_failed", "the provider refused the whole batch: "
                    + (b.error() == null ? "no reason given" : b.error()), 0);
            default -> BatchResultItem.failed(id, "missing", "the provider reported no result for this request", 0);
        };
    }

    Settled settle(BatchRecord batch, List<BatchResultItem> items) {
        List<ResultLine> lines = new ArrayList<>(items.size());
        List<UsageRecord> rows = new ArrayList<>(items.size());
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal share = BigDecimal.ONE.subtract(costs.batchDiscount(batch.provider()));
        for (BatchResultItem item : items) {
            lines.add(new ResultLine(item.customId(), line(item)));
            UsageRecord row = row(batch, item, share);
            rows.add(row);
            total = total.add(row.costUsd());
        }
        return new Settled(lines, rows, total);
    }

    private UsageRecord row(BatchRecord b, BatchResultItem item, BigDecimal share) {
        Usage u = item.succeeded() && item.response().usage() != null ? item.response().usage() : Usage.ZERO;
        String model = b.model(); // the configured target model prices the item; an answer may name a dated variant
        BigDecimal normal = costs.cost(b.provider(), model, u);
        BigDecimal cost = normal.multiply(share).stripTrailingZeros();
        Instant at = b.finishedAt() != null ? b.finishedAt() : Instant.now();
        long latency = Duration.between(b.submittedAt(), at).toMillis();
        ErrorKind kind = item.succeeded() ? null : kind(item.error());
        return new UsageRecord(b.id() + ":" + item.customId(), at, b.keyName(), b.alias(), b.provider(), model,
                ENDPOINT, false, u.inputTokens(), u.outputTokens(), u.cachedInputTokens(), u.cacheWriteTokens(),
                u.reasoningTokens(), cost, latency, -1, kind == null ? 200 : kind.httpStatus(), kind == null ? null : kind.code(),
                1, b.provider() + "/" + model + " batch " + b.upstreamId(), b.feature(), -1, null, BigDecimal.ZERO, null,
                BigDecimal.ZERO, b.id(), normal.subtract(cost));
    }

    /** Items that never ran read as cancelled or timed out; others by the status their call had. */
    private static ErrorKind kind(BatchResultItem.ItemError e) {
        String code = e.code() == null ? "" : e.code();
        if (code.contains("cancel")) return ErrorKind.CANCELLED;
        if (code.contains("expired")) return ErrorKind.TIMEOUT;
        return switch (e.status()) {
            case 400 -> ErrorKind.INVALID_REQUEST;
            case 401 -> ErrorKind.AUTHENTICATION;
            case 403 -> ErrorKind.PERMISSION;
            case 404 -> ErrorKind.NOT_FOUND;
            case 429 -> ErrorKind.RATE_LIMITED;
            default -> ErrorKind.UPSTREAM_ERROR;
        };
    }

    private String line(BatchResultItem item) {
        ObjectNode line = JSON.createObjectNode().put("custom_id", item.customId());
        try {
            if (item.succeeded()) {
                line.putObject("response").put("status_code", 200).set("body", JSON.readTree(answerJson.apply(item.response())));
                line.putNull("error");
            } else {
                line.putNull("response");
                line.putObject("error").put("code", item.error().code()).put("message", item.error().message())
                        .put("status", item.error().status());
            }
            return JSON.writeValueAsString(line);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the result of batch item " + item.customId(), e);
        }
    }
}
