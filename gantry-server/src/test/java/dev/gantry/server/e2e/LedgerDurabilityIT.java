package dev.gantry.server.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gantry.core.usage.UsageQuery;
import dev.gantry.core.usage.UsageRecord;
import dev.gantry.server.GantryServerFixture;
import dev.gantry.store.sqlite.SqliteUsageStore;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Many concurrent requests of every kind (plain, streamed, failing, both dialects), then an orderly shutdown:
 * the SQLite ledger must hold exactly one row per request the clients saw, with the tokens and cost they were told.
 */
class LedgerDurabilityIT {
    private static final int REQUESTS = 300;
    private static final int THREADS = 16;
    private static final String BROKEN = "  - {name: broken, targets: [{provider: oai, model: fake-error-500}], retry: {attempts: 1}}\n";

    /** What one client was told: status, and for successes the usage and cost (-1 / null when not told). */
    record Seen(String requestId, String kind, int status, long inputTokens, long outputTokens, BigDecimal cost) {
    }

    @Test
    void should_keep_exactly_one_row_per_request_with_matching_tokens_and_cost_across_an_orderly_shutdown() throws Exception {
        GantryServerFixture server = GantryServerFixture.start(BROKEN);
        Path dataDir = server.dataDir;
        List<Seen> seen;
        try {
            seen = load(server);
        } finally {
            server.close(); // orderly: stop taking requests, flush the ledger, close the store
        }

        assertThat(seen).extracting(Seen::status).contains(200, 404).anyMatch(s -> s >= 500);
        try (SqliteUsageStore store = SqliteUsageStore.open(dataDir)) {
            List<UsageRecord> rows = store.find(new UsageQuery(null, null, null, null, null, null, null, 10_000));
            assertThat(rows).hasSize(REQUESTS);
            Map<String, UsageRecord> byId = rows.stream().collect(Collectors.toMap(UsageRecord::requestId, Function.identity()));
            assertThat(byId.keySet()).containsExactlyInAnyOrderElementsOf(seen.stream().map(Seen::requestId).toList());
            for (Seen s : seen) assertRowMatches(byId.get(s.requestId()), s);
        }
    }

    private static void assertRowMatches(UsageRecord row, Seen s) {
        assertThat(row.status()).as("status of %s (%s)", s.requestId(), s.kind()).isEqualTo(s.status());
        if (s.status() != 200) return;
        assertThat(row.inputTokens()).as("input tokens of %s (%s)", s.requestId(), s.kind()).isEqualTo(s.inputTokens());
        assertThat(row.outputTokens()).as("output tokens of %s (%s)", s.requestId(), s.kind()).isEqualTo(s.outputTokens());
        assertThat(row.costUsd()).as("cost of %s (%s)", s.requestId(), s.kind()).isEqualByComparingTo(s.cost());
        assertThat(row.costUsd()).isPositive();
    }

    private static List<Seen> load(GantryServerFixture server) throws Exception {
        List<Future<List<Seen>>> futures = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(THREADS)) {
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                futures.add(pool.submit(() -> {
                    List<Seen> mine = new ArrayList<>();
                    for (int i = thread; i < REQUESTS; i += THREADS) mine.add(one(server, i));
                    return mine;
                }));
            }
            List<Seen> all = new ArrayList<>();
            for (Future<List<Seen>> f : futures) all.addAll(f.get());
            return all;
        }
    }

    /** Request number i, of one of seven kinds. */
    private static Seen one(GantryServerFixture server, int i) {
        String text = "\"messages\":[{\"role\":\"user\",\"content\":\"request number " + i + " of many\"}]";
        return switch (i % 7) {
            case 0 -> plain(server, "plain-oai", "{\"model\":\"chat\"," + text + "}");
            case 1 -> stream(server, "stream-ant", "{\"model\":\"claude\",\"stream\":true,\"stream_options\":{\"include_usage\":true}," + text + "}");
            case 2 -> plain(server, "plain-broken", "{\"model\":\"broken\"," + text + "}");
            case 3 -> plain(server, "unknown-model", "{\"model\":\"no-such-model\"," + text + "}");
            case 4 -> stream(server, "stream-gem", "{\"model\":\"gem\",\"stream\":true,\"stream_options\":{\"include_usage\":true}," + text + "}");
            case 5 -> stream(server, "stream-broken", "{\"model\":\"broken\",\"stream\":true," + text + "}");
            default -> messages(server, "{\"model\":\"gem\",\"max_tokens\":64," + text + "}");
        };
    }

    private static Seen plain(GantryServerFixture server, String kind, String json) {
        HttpResponse<String> r = server.post("/v1/chat/completions", json);
        if (r.statusCode() != 200) return failed(r, kind);
        JsonNode usage = SseEvents.json(r.body()).path("usage");
        return new Seen(id(r), kind, 200, usage.path("prompt_tokens").asLong(-1), usage.path("completion_tokens").asLong(-1),
                new BigDecimal(r.headers().firstValue("x-gantry-cost-usd").orElseThrow()));
    }

    private static Seen stream(GantryServerFixture server, String kind, String json) {
        HttpResponse<String> r = server.post("/v1/chat/completions", json);
        if (r.statusCode() != 200) return failed(r, kind);
        Answer a = AnswerReader.openAiStream(r.body());
        BigDecimal cost = SseEvents.cost(r.body()).orElseThrow(() -> new AssertionError("no cost comment in " + r.body()));
        return new Seen(id(r), kind, 200, a.inputTokens(), a.outputTokens(), cost);
    }

    private static Seen messages(GantryServerFixture server, String json) {
        HttpResponse<String> r = server.post("/v1/messages", json);
        if (r.statusCode() != 200) return failed(r, "messages-gem");
        Answer a = AnswerReader.anthropic(r.body());
        return new Seen(id(r), "messages-gem", 200, a.inputTokens(), a.outputTokens(),
                new BigDecimal(r.headers().firstValue("x-gantry-cost-usd").orElseThrow()));
    }

    private static Seen failed(HttpResponse<String> r, String kind) {
        return new Seen(id(r), kind, r.statusCode(), -1, -1, null);
    }

    private static String id(HttpResponse<String> r) {
        return r.headers().firstValue("x-request-id").orElseThrow(() -> new AssertionError("no x-request-id: " + r.body()));
    }
}
