package dev.gantry.gateway.batch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.core.batch.BatchCounts;
import dev.gantry.core.batch.BatchRecord;
import dev.gantry.core.batch.BatchResultItem;
import dev.gantry.core.batch.BatchState;
import dev.gantry.core.chat.ChatMessage;
import dev.gantry.core.chat.ChatResponse;
import dev.gantry.core.chat.Choice;
import dev.gantry.core.chat.FinishReason;
import dev.gantry.core.chat.Usage;
import dev.gantry.core.usage.UsageRecord;
import dev.gantry.gateway.CostCalculator;
import dev.gantry.gateway.ProviderHandle;
import dev.gantry.gateway.cost.Price;
import dev.gantry.gateway.cost.PriceCatalogue;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BatchSettlementTest {
    private static final Instant T0 = Instant.parse("2026-12-07T10:00:00Z");
    private final CostCalculator costs = new CostCalculator(PriceCatalogue.shipped()
            .withOverrides(Map.of("openai:m", new Price(new BigDecimal("1"), null, null, new BigDecimal("2"), null, 0)))
            .withBatchDiscounts(Map.of("cheap", new BigDecimal("0.25"))),
            Map.of("oai", new ProviderHandle("oai", "openai", null, null),
                    "cheap", new ProviderHandle("cheap", "openai", null, null)));
    private final BatchSettlement settlement = new BatchSettlement(costs, r -> "{\"id\":\"x\"}".getBytes(StandardCharsets.UTF_8));

    private static BatchRecord batch(String provider, BatchState state) {
        return new BatchRecord("gb_1", "alias", provider, "m", "up_1", state, new BatchCounts(3, 0, 0), T0,
                T0.plusSeconds(60), "team", "tag", false, null);
    }

    private static BatchResultItem answer(String id, long in, long out) {
        ChatResponse r = new ChatResponse("r", "m", 0, List.of(new Choice(0, ChatMessage.assistant("ok"),
                FinishReason.STOP, null)), new Usage(in, out, 0, 0, 0), null, null);
        return BatchResultItem.answered(id, r);
    }

    @Test
    void itemsArePricedAtTheNormalRateLessTheProvidersDiscountWithTheSavingRecorded() {
        // 1,000,000 in at $1/M + 500,000 out at $2/M = $2 normal; openai's catalogue discount is 0.5
        BatchSettlement.Settled s = settlement.settle(batch("oai", BatchState.COMPLETED),
                List.of(answer("a", 1_000_000, 500_000)));
        UsageRecord row = s.ledger().get(0);
        assertThat(row.costUsd()).isEqualByComparingTo("1");
        assertThat(row.batchSavedUsd()).isEqualByComparingTo("1");
        assertThat(row.batchId()).isEqualTo("gb_1");
        assertThat(row.requestId()).isEqualTo("gb_1:a");
        assertThat(row.latencyMs()).isEqualTo(60_000);
        assertThat(s.cost()).isEqualByComparingTo("1");
        // a discount configured for the provider's name wins over its type's
        UsageRecord cheap = settlement.settle(batch("cheap", BatchState.COMPLETED), List.of(answer("a", 1_000_000, 500_000)))
                .ledger().get(0);
        assertThat(cheap.costUsd()).isEqualByComparingTo("1.5");
        assertThat(cheap.batchSavedUsd()).isEqualByComparingTo("0.5");
    }

    @Test
    void failedItemsCostNothingAndCarryTheirKind() {
        List<UsageRecord> rows = settlement.settle(batch("oai", BatchState.COMPLETED), List.of(
                BatchResultItem.failed("a", "invalid_request_error", "bad", 400),
                BatchResultItem.failed("b", "expired", "late", 0),
                BatchResultItem.failed("c", "cancelled", "stopped", 0))).ledger();
        assertThat(rows).extracting(UsageRecord::status).containsExactly(400, 504, 499);
        assertThat(rows).extracting(UsageRecord::errorKind).containsExactly("invalid_request", "timeout", "cancelled");
        assertThat(rows).allSatisfy(r -> assertThat(r.costUsd()).isEqualByComparingTo("0"));
    }

    @Test
    void resultsFollowSubmissionOrderAndRequestsNeverRunGetAnErrorLine() {
        List<BatchResultItem> done = BatchSettlement.complete(batch("oai", BatchState.CANCELLED),
                List.of(answer("c", 1, 1)), List.of("a", "b", "c"));
        assertThat(done).extracting(BatchResultItem::customId).containsExactly("a", "b", "c");
        assertThat(done.get(0).error().code()).isEqualTo("cancelled");
        assertThat(done.get(2).succeeded()).isTrue();
        List<String> lines = settlement.settle(batch("oai", BatchState.CANCELLED), done).lines().stream()
                .map(dev.gantry.core.batch.BatchStore.ResultLine::json).toList();
        assertThat(lines.get(0)).contains("\"response\":null", "\"code\":\"cancelled\"");
        assertThat(lines.get(2)).contains("\"status_code\":200", "\"body\":{\"id\":\"x\"}", "\"error\":null");
    }
}
