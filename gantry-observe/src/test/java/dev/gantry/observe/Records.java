package dev.gantry.observe;

import dev.gantry.core.usage.UsageRecord;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;

/** Usage records for tests. */
final class Records {
    static final Instant T0 = Instant.parse("2025-03-10T12:00:00Z");

    private Records() {
    }

    static UsageRecord record(String requestId) {
        return new UsageRecord(requestId, T0, "team-a", "smart", "oai", "gpt-4o-mini", "/v1/chat/completions",
                false, 10, 5, 0, 0, 0, new BigDecimal("0.000001234"), 25, -1, 200, null, 1, "oai/gpt-4o-mini", null);
    }

    static List<String> ids(String prefix, int count) {
        return IntStream.range(0, count).mapToObj(i -> prefix + i).toList();
    }
}
