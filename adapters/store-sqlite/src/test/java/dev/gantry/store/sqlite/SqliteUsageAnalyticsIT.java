package dev.gantry.store.sqlite;

import static dev.gantry.store.sqlite.UsageRecords.T0;
import static dev.gantry.store.sqlite.UsageRecords.failed;
import static dev.gantry.store.sqlite.UsageRecords.ok;
import static dev.gantry.store.sqlite.UsageRecords.withKey;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gantry.core.usage.Percentiles;
import dev.gantry.core.usage.UsageBucket;
import dev.gantry.core.usage.UsageGroupBy;
import dev.gantry.core.usage.UsageQuery;
import dev.gantry.core.usage.UsageRecord;
import dev.gantry.core.usage.UsageSearch;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The dashboard's reads: bucketed series with percentiles, the explorer's search, one request by id, routes. */
class SqliteUsageAnalyticsIT {
    private static final Duration MINUTE = Duration.ofMinutes(1);
    @TempDir
    Path dataDir;
    SqliteUsageStore store;

    @BeforeEach
    void open() {
        store = SqliteUsageStore.open(dataDir);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void should_bucket_totals_and_include_empty_buckets() {
        store.writeBatch(List.of(ok("a", T0), ok("b", T0.plusSeconds(30)), failed(ok("c", T0.plusSeconds(150)), 429, "rate_limited")));

        List<UsageBucket> series = store.series(range(T0, T0.plus(Duration.ofMinutes(4))), MINUTE);

        assertThat(series).extracting(UsageBucket::requests).containsExactly(2L, 0L, 1L, 0L);
        assertThat(series).extracting(UsageBucket::failures).containsExactly(0L, 0L, 1L, 0L);
        assertThat(series.get(0).inputTokens()).isEqualTo(200);
        assertThat(series.get(0).outputTokens()).isEqualTo(40);
        assertThat(series.get(0).costUsd()).isEqualByComparingTo("0.0003");
        assertThat(series.get(1).latencyMs()).isEqualTo(Percentiles.NONE);
        assertThat(series).extracting(UsageBucket::start)
                .containsExactly(T0, T0.plus(MINUTE), T0.plus(MINUTE.multipliedBy(2)), T0.plus(MINUTE.multipliedBy(3)));
    }

    @Test
    void should_compute_nearest_rank_latency_percentiles_per_bucket() {
        List<UsageRecord> rows = new ArrayList<>();
        for (int i = 1; i <= 100; i++) rows.add(timed("r" + i, T0.plusMillis(i), 101 - i, -1));
        rows.add(timed("late", T0.plus(MINUTE), 7, -1));
        store.writeBatch(rows);

        List<UsageBucket> series = store.series(range(T0, T0.plus(Duration.ofMinutes(2))), MINUTE);

        assertThat(series.get(0).latencyMs()).isEqualTo(new Percentiles(50, 95, 99));
        assertThat(series.get(1).latencyMs()).isEqualTo(new Percentiles(7, 7, 7));
    }

    @Test
    void should_take_overhead_percentiles_only_from_rows_that_recorded_it() {
        store.writeBatch(List.of(timed("old", T0, 10, -1), timed("a", T0.plusSeconds(1), 10, 300),
                timed("b", T0.plusSeconds(2), 10, 100), timed("c", T0.plusSeconds(3), 10, 200)));

        UsageBucket whole = store.series(range(T0, T0.plus(MINUTE)), MINUTE).getFirst();

        assertThat(whole.requests()).isEqualTo(4);
        assertThat(whole.overheadMicros()).isEqualTo(new Percentiles(200, 300, 300));
    }

    @Test
    void should_cut_the_last_bucket_at_the_end_of_the_range_and_apply_filters() {
        store.writeBatch(List.of(ok("a", T0), withKey(ok("b", T0.plusSeconds(5)), "team-b"), ok("outside", T0.plusSeconds(90))));
        UsageQuery teamA = new UsageQuery(T0, T0.plusSeconds(90), "team-a", null, null, null, null, 0);

        List<UsageBucket> series = store.series(teamA, MINUTE);

        assertThat(series).extracting(UsageBucket::requests).containsExactly(1L, 0L);
        assertThat(series.get(1).end()).isEqualTo(T0.plusSeconds(90));
    }

    @Test
    void should_refuse_a_series_without_bounds_or_with_too_many_buckets() {
        assertThatThrownBy(() -> store.series(UsageQuery.all(), MINUTE)).hasMessageContaining("needs from before to");
        assertThatThrownBy(() -> store.series(range(T0, T0.plus(Duration.ofDays(30))), Duration.ofSeconds(1)))
                .hasMessageContaining("more than 10000");
    }

    @Test
    void should_search_by_error_kind_stream_and_text_in_request_id_or_route_newest_first_by_page() {
        store.writeBatch(List.of(ok("req-aaa", T0), failed(ok("req-bbb", T0.plusSeconds(1)), 429, "rate_limited"),
                streamed(ok("req-ccc", T0.plusSeconds(2))), routed(ok("req-ddd", T0.plusSeconds(3)), "oai/x!rate_limited > ant/y")));

        assertThat(ids(new UsageSearch(UsageQuery.all(), "rate_limited", null, null, 0))).containsExactly("req-bbb");
        assertThat(ids(new UsageSearch(UsageQuery.all(), null, true, null, 0))).containsExactly("req-ccc");
        assertThat(ids(new UsageSearch(UsageQuery.all(), null, null, "CCC", 0))).containsExactly("req-ccc");
        assertThat(ids(new UsageSearch(UsageQuery.all(), null, null, "ant/y", 0))).containsExactly("req-ddd");
        UsageQuery pageOfTwo = new UsageQuery(null, null, null, null, null, null, null, 2);
        assertThat(ids(new UsageSearch(pageOfTwo, null, null, null, 0))).containsExactly("req-ddd", "req-ccc");
        assertThat(ids(new UsageSearch(pageOfTwo, null, null, null, 2))).containsExactly("req-bbb", "req-aaa");
    }

    @Test
    void should_treat_search_text_as_text_not_as_a_pattern() {
        store.writeBatch(List.of(ok("req_1", T0), ok("reqX1", T0.plusSeconds(1))));

        assertThat(ids(new UsageSearch(UsageQuery.all(), null, null, "req_", 0))).containsExactly("req_1");
        assertThat(ids(new UsageSearch(UsageQuery.all(), null, null, "%", 0))).isEmpty();
    }

    @Test
    void should_find_one_request_by_id() {
        UsageRecord r = ok("req-1", T0);
        store.writeBatch(List.of(r));

        // amounts read back with the column's scale (0E-9 for a record built with ZERO): compare them by value
        assertThat(store.findById("req-1")).hasValueSatisfying(found -> assertThat(found).usingRecursiveComparison()
                .withComparatorForType(BigDecimal::compareTo, BigDecimal.class).isEqualTo(r));
        assertThat(store.findById("req-2")).isEmpty();
    }

    @Test
    void should_summarize_by_route() {
        store.writeBatch(List.of(ok("a", T0), routed(ok("b", T0), "oai/x!rate_limited > ant/y"), ok("c", T0)));

        assertThat(store.summarize(UsageQuery.all(), UsageGroupBy.ROUTE))
                .extracting(s -> s.group() + "=" + s.requests())
                .containsExactlyInAnyOrder("oai/gpt-4o-mini=2", "oai/x!rate_limited > ant/y=1");
    }

    private List<String> ids(UsageSearch s) {
        return store.search(s).stream().map(UsageRecord::requestId).toList();
    }

    private static UsageQuery range(Instant from, Instant to) {
        return new UsageQuery(from, to, null, null, null, null, null, 0);
    }

    private static UsageRecord timed(String id, Instant at, long latencyMs, long overheadMicros) {
        UsageRecord r = ok(id, at);
        return new UsageRecord(r.requestId(), r.timestamp(), r.keyName(), r.alias(), r.provider(), r.upstreamModel(),
                r.endpoint(), r.stream(), r.inputTokens(), r.outputTokens(), 0, 0, 0, r.costUsd(), latencyMs, -1,
                r.status(), null, 1, r.route(), null, overheadMicros);
    }

    private static UsageRecord streamed(UsageRecord r) {
        return new UsageRecord(r.requestId(), r.timestamp(), r.keyName(), r.alias(), r.provider(), r.upstreamModel(),
                r.endpoint(), true, r.inputTokens(), r.outputTokens(), 0, 0, 0, r.costUsd(), r.latencyMs(), 12,
                r.status(), null, 1, r.route(), null, 50);
    }

    private static UsageRecord routed(UsageRecord r, String route) {
        return new UsageRecord(r.requestId(), r.timestamp(), r.keyName(), r.alias(), r.provider(), r.upstreamModel(),
                r.endpoint(), false, r.inputTokens(), r.outputTokens(), 0, 0, 0, BigDecimal.ONE, r.latencyMs(), -1,
                r.status(), null, 2, route, null, 50);
    }
}
