package dev.gantry.store.sqlite;

import static dev.gantry.store.sqlite.UsageRecords.T0;
import static dev.gantry.store.sqlite.UsageRecords.failed;
import static dev.gantry.store.sqlite.UsageRecords.ok;
import static dev.gantry.store.sqlite.UsageRecords.withCostAndLatency;
import static dev.gantry.store.sqlite.UsageRecords.withFeature;
import static dev.gantry.store.sqlite.UsageRecords.withKey;
import static dev.gantry.store.sqlite.UsageRecords.withModel;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.gantry.core.usage.UsageGroupBy;
import dev.gantry.core.usage.UsageQuery;
import dev.gantry.core.usage.UsageRecord;
import dev.gantry.core.usage.UsageSummary;
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

class SqliteUsageStoreIT {
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
    void should_read_back_every_field_as_written() {
        UsageRecord written = new UsageRecord("req-1", Instant.parse("2025-03-10T12:34:56.789Z"), "team-a",
                "smart", "anthropic", "claude-sonnet-4", "/v1/messages", true, 1200, 340, 800, 150, 90,
                new BigDecimal("0.012345678"), 1534, 210, 502, "upstream_error", 3,
                "oai/gpt-4o!rate_limited > anthropic/claude-sonnet-4", "support-bot", 417, "hit",
                new BigDecimal("0.012345678"));

        store.writeBatch(List.of(written));

        assertThat(store.find(UsageQuery.all())).containsExactly(written);
    }

    @Test
    void should_read_back_nulls_as_nulls() {
        UsageRecord written = new UsageRecord("req-null", T0, null, null, null, null, null, false, 0, 0, 0, 0, 0,
                null, 0, -1, 401, "authentication", 0, null, null);

        store.writeBatch(List.of(written));

        UsageRecord read = store.find(UsageQuery.all()).getFirst();
        assertThat(read.keyName()).isNull();
        assertThat(read.provider()).isNull();
        assertThat(read.feature()).isNull();
        assertThat(read.costUsd()).isEqualTo(new BigDecimal("0.000000000"));
        assertThat(read.errorKind()).isEqualTo("authentication");
    }

    @Test
    void should_write_each_request_id_once_when_a_batch_is_written_again() {
        List<UsageRecord> batch = List.of(ok("a", T0), ok("b", T0.plusSeconds(1)));

        store.writeBatch(batch);
        store.writeBatch(batch);
        store.writeBatch(List.of(ok("b", T0.plusSeconds(2)), ok("c", T0.plusSeconds(3))));

        assertThat(store.find(UsageQuery.all())).extracting(UsageRecord::requestId).containsExactly("c", "b", "a");
        assertThat(store.find(UsageQuery.all()).get(1).timestamp()).isEqualTo(T0.plusSeconds(1));
    }

    @Test
    void should_return_newest_first_up_to_the_limit() {
        store.writeBatch(List.of(ok("old", T0), ok("newest", T0.plusSeconds(20)), ok("mid", T0.plusSeconds(10))));

        List<UsageRecord> two = store.find(query(null, null, null, null, null, null, null, 2));

        assertThat(two).extracting(UsageRecord::requestId).containsExactly("newest", "mid");
    }

    @Test
    void should_filter_by_time_range_with_from_inclusive_and_to_exclusive() {
        store.writeBatch(List.of(ok("before", T0.minusMillis(1)), ok("at-from", T0),
                ok("inside", T0.plusSeconds(30)), ok("at-to", T0.plusSeconds(60))));

        List<UsageRecord> found = store.find(query(T0, T0.plusSeconds(60), null, null, null, null, null, 0));

        assertThat(found).extracting(UsageRecord::requestId).containsExactly("inside", "at-from");
    }

    @Test
    void should_filter_by_key_alias_provider_and_feature() {
        store.writeBatch(List.of(
                withKey(ok("k", T0), "team-b"),
                withModel(ok("m", T0), "smart", "oai"),
                withModel(ok("p", T0), "gpt-4o-mini", "azure"),
                withFeature(ok("f", T0), "search"),
                ok("plain", T0)));

        assertThat(ids(query(null, null, "team-b", null, null, null, null, 0))).containsExactly("k");
        assertThat(ids(query(null, null, null, "smart", null, null, null, 0))).containsExactly("m");
        assertThat(ids(query(null, null, null, null, "azure", null, null, 0))).containsExactly("p");
        assertThat(ids(query(null, null, null, null, null, "search", null, 0))).containsExactly("f");
        assertThat(ids(query(null, null, "team-a", "gpt-4o-mini", "oai", null, null, 0)))
                .containsExactlyInAnyOrder("f", "plain");
    }

    @Test
    void should_filter_failed_and_successful_requests() {
        store.writeBatch(List.of(ok("fine", T0), failed(ok("limited", T0), 429, "rate_limited"),
                failed(ok("broken", T0), 502, "upstream_error"), failed(ok("client", T0), 399, null)));

        assertThat(ids(query(null, null, null, null, null, null, true, 0))).containsExactlyInAnyOrder("limited", "broken");
        assertThat(ids(query(null, null, null, null, null, null, false, 0))).containsExactlyInAnyOrder("fine", "client");
    }

    @Test
    void should_summarize_by_key_with_counts_tokens_cost_and_average_latency() {
        store.writeBatch(List.of(
                withCostAndLatency(ok("a1", T0), "0.000001000", 10),
                withCostAndLatency(ok("a2", T0), "0.000002000", 30),
                failed(ok("a3", T0), 500, "internal"),
                withKey(withCostAndLatency(ok("b1", T0), "0.5", 100), "team-b")));

        List<UsageSummary> byKey = store.summarize(UsageQuery.all(), UsageGroupBy.KEY);

        assertThat(byKey).containsExactly(
                new UsageSummary("team-b", 1, 0, 100, 20, 0, 0, new BigDecimal("0.500000000"), 100.0),
                new UsageSummary("team-a", 3, 1, 200, 40, 0, 0, new BigDecimal("0.000003000"), (10 + 30 + 40) / 3.0));
    }

    @Test
    void should_summarize_by_model_as_the_alias_the_client_asked_for() {
        store.writeBatch(List.of(withModel(ok("s1", T0), "smart", "oai"), withModel(ok("s2", T0), "smart", "anthropic"),
                withModel(ok("f1", T0), "fast", "oai")));

        assertThat(store.summarize(UsageQuery.all(), UsageGroupBy.MODEL))
                .extracting(UsageSummary::group, UsageSummary::requests)
                .containsExactly(tuple("smart", 2L), tuple("fast", 1L));
    }

    @Test
    void should_summarize_by_provider() {
        store.writeBatch(List.of(withModel(ok("s1", T0), "smart", "oai"), withModel(ok("s2", T0), "smart", "anthropic"),
                withModel(ok("f1", T0), "fast", "oai")));

        assertThat(store.summarize(UsageQuery.all(), UsageGroupBy.PROVIDER))
                .extracting(UsageSummary::group, UsageSummary::requests, UsageSummary::costUsd)
                .containsExactly(tuple("oai", 2L, new BigDecimal("0.000300000")),
                        tuple("anthropic", 1L, new BigDecimal("0.000150000")));
    }

    @Test
    void should_summarize_by_feature_with_untagged_requests_as_a_null_group() {
        store.writeBatch(List.of(withFeature(ok("x", T0), "search"), withFeature(ok("y", T0), "search"), ok("z", T0)));

        assertThat(store.summarize(UsageQuery.all(), UsageGroupBy.FEATURE))
                .extracting(UsageSummary::group, UsageSummary::requests)
                .containsExactly(tuple("search", 2L),
                        tuple(null, 1L));
    }

    @Test
    void should_summarize_by_utc_day_in_date_order() {
        store.writeBatch(List.of(
                ok("late", Instant.parse("2025-03-11T23:59:59.999Z")),
                ok("midnight", Instant.parse("2025-03-11T00:00:00Z")),
                ok("day-before", Instant.parse("2025-03-10T23:59:59.999Z"))));

        assertThat(store.summarize(UsageQuery.all(), UsageGroupBy.DAY))
                .extracting(UsageSummary::group, UsageSummary::requests)
                .containsExactly(tuple("2025-03-10", 1L),
                        tuple("2025-03-11", 2L));
    }

    @Test
    void should_apply_filters_to_summaries() {
        store.writeBatch(List.of(ok("in", T0), ok("out", T0.minus(Duration.ofDays(2)))));

        List<UsageSummary> recent = store.summarize(query(T0.minusSeconds(60), null, null, null, null, null, null, 0),
                UsageGroupBy.KEY);

        assertThat(recent).extracting(UsageSummary::requests).containsExactly(1L);
    }

    @Test
    void should_sum_cost_of_one_key_since_an_instant() {
        store.writeBatch(List.of(
                withCostAndLatency(ok("before", T0.minusMillis(1)), "1", 1),
                withCostAndLatency(ok("at", T0), "0.25", 1),
                withCostAndLatency(ok("after", T0.plusSeconds(5)), "0.000000001", 1),
                withKey(withCostAndLatency(ok("other", T0.plusSeconds(5)), "7", 1), "team-b")));

        assertThat(store.costSince("team-a", T0)).isEqualTo(new BigDecimal("0.250000001"));
        assertThat(store.costSince("team-b", T0)).isEqualTo(new BigDecimal("7.000000000"));
        assertThat(store.costSince("nobody", T0)).isEqualTo(new BigDecimal("0E-9"));
    }

    @Test
    void should_sum_a_thousand_tiny_costs_exactly() {
        List<UsageRecord> batch = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            batch.add(withCostAndLatency(ok("tiny-" + i, T0.plusMillis(i)), "0.000000150", 1));
        }

        store.writeBatch(batch);

        assertThat(store.costSince("team-a", T0)).isEqualTo(new BigDecimal("0.000150000"));
        assertThat(store.summarize(UsageQuery.all(), UsageGroupBy.KEY).getFirst().costUsd())
                .isEqualTo(new BigDecimal("0.000150000"));
    }

    @Test
    void should_round_cost_half_up_to_the_nano_dollar() {
        store.writeBatch(List.of(withCostAndLatency(ok("up", T0), "0.0000000015", 1),
                withCostAndLatency(ok("down", T0.plusMillis(1)), "0.0000000014999", 1)));

        assertThat(store.find(UsageQuery.all())).extracting(UsageRecord::costUsd)
                .containsExactly(new BigDecimal("0.000000001"), new BigDecimal("0.000000002"));
    }

    @Test
    void should_keep_records_after_close_and_reopen() {
        store.writeBatch(List.of(ok("kept", T0)));
        store.close();

        store = SqliteUsageStore.open(dataDir);

        assertThat(ids(UsageQuery.all())).containsExactly("kept");
    }

    @Test
    void should_reject_a_record_without_request_id_and_write_none_of_its_batch() {
        UsageRecord noId = new UsageRecord(null, T0, null, null, null, null, null, false, 0, 0, 0, 0, 0, null, 0, -1,
                200, null, 1, null, null);

        assertThatThrownBy(() -> store.writeBatch(List.of(ok("good", T0), noId)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("has no requestId");
        assertThat(store.find(UsageQuery.all())).isEmpty();
    }

    private List<String> ids(UsageQuery q) {
        return store.find(q).stream().map(UsageRecord::requestId).toList();
    }

    private static UsageQuery query(Instant from, Instant to, String key, String alias, String provider,
                                    String feature, Boolean failedOnly, int limit) {
        return new UsageQuery(from, to, key, alias, provider, feature, failedOnly, limit);
    }
}
