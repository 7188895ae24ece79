package dev.gantry.core.usage;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Durable storage of usage records (SQLite by default, PostgreSQL scaled out). Batched writes only. */
public interface UsageStore extends AutoCloseable {

    /** Writes all records in one transaction; idempotent on requestId. */
    void writeBatch(List<UsageRecord> records);

    List<UsageRecord> find(UsageQuery query);

    List<UsageSummary> summarize(UsageQuery query, UsageGroupBy groupBy);

    /**
     * Totals and latency percentiles per time bucket over [{@code query.from()}, {@code query.to()}), oldest first,
     * one entry per bucket (empty buckets included); both bounds are required. The last bucket may be shorter.
     */
    List<UsageBucket> series(UsageQuery query, Duration bucket);

    /** The explorer's page: rows matching {@code search}, newest first, {@code limit} from {@code offset}. */
    List<UsageRecord> search(UsageSearch search);

    Optional<UsageRecord> findById(String requestId);

    /** Total cost recorded for a key since an instant: seeds budgets after a restart. */
    BigDecimal costSince(String keyName, Instant since);

    @Override
    void close();
}
