package dev.gantry.core.usage;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** Durable storage of usage records (SQLite by default, PostgreSQL scaled out). Batched writes only. */
public interface UsageStore extends AutoCloseable {

    /** Writes all records in one transaction; idempotent on requestId. */
    void writeBatch(List<UsageRecord> records);

    List<UsageRecord> find(UsageQuery query);

    List<UsageSummary> summarize(UsageQuery query, UsageGroupBy groupBy);

    /** Total cost recorded for a key since an instant: seeds budgets after a restart. */
    BigDecimal costSince(String keyName, Instant since);

    @Override
    void close();
}
