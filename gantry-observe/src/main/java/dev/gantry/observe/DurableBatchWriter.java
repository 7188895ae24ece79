package dev.gantry.observe;

import dev.gantry.core.usage.UsageRecord;
import dev.gantry.core.usage.UsageStore;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Writes a batch until the store has it, retrying failures with exponential backoff and keeping the batch
 * (writeBatch is idempotent on requestId, so a retry after an unclear failure writes no duplicates).
 * A batch the store refuses as invalid (IllegalArgumentException) is retried record by record, so one bad
 * record cannot block the ledger forever; only the records the store itself refuses are dropped, each logged.
 */
final class DurableBatchWriter {
    private static final System.Logger LOG = System.getLogger(BatchingUsageLedger.class.getName());

    private final UsageStore store;
    private final long initialBackoffMillis;
    private final long maxBackoffMillis;
    private final AtomicLong failedWrites = new AtomicLong();
    private final AtomicLong rejected = new AtomicLong();

    DurableBatchWriter(UsageStore store, Duration initialBackoff, Duration maxBackoff) {
        this.store = store;
        this.initialBackoffMillis = Math.max(1, initialBackoff.toMillis());
        this.maxBackoffMillis = Math.max(initialBackoffMillis, maxBackoff.toMillis());
    }

    void write(List<UsageRecord> batch) {
        try {
            retrying(batch);
        } catch (IllegalArgumentException invalid) {
            LOG.log(Level.WARNING, "usage store refused a batch of " + batch.size()
                    + " records as invalid; writing them one by one to find the bad ones", invalid);
            batch.forEach(this::writeOne);
        }
    }

    long failedWrites() {
        return failedWrites.get();
    }

    long rejected() {
        return rejected.get();
    }

    private void writeOne(UsageRecord r) {
        try {
            retrying(List.of(r));
        } catch (IllegalArgumentException invalid) {
            rejected.incrementAndGet();
            LOG.log(Level.ERROR, "usage store refused record " + r.requestId()
                    + " as invalid; it is dropped from the ledger", invalid);
        }
    }

    /** Retries every failure but IllegalArgumentException (the store's "this can never succeed"). */
    private void retrying(List<UsageRecord> batch) {
        long backoff = initialBackoffMillis;
        for (int attempt = 1; ; attempt++) {
            try {
                store.writeBatch(batch);
                if (attempt > 1) LOG.log(Level.INFO, "usage store write succeeded on attempt " + attempt);
                return;
            } catch (IllegalArgumentException invalid) {
                throw invalid;
            } catch (RuntimeException e) {
                failedWrites.incrementAndGet();
                LOG.log(Level.WARNING, "usage store write of " + batch.size() + " records failed (attempt "
                        + attempt + "); keeping the batch and retrying in " + backoff + " ms", e);
                sleep(backoff);
                backoff = Math.min(maxBackoffMillis, backoff * 2);
            }
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            // the writer thread is private, so an interrupt is stray: giving up would lose the batch
        }
    }
}
