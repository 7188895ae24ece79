package dev.gantry.observe;

import dev.gantry.core.error.ErrorKind;
import dev.gantry.core.error.GantryException;
import dev.gantry.core.usage.UsageLedger;
import dev.gantry.core.usage.UsageRecord;
import dev.gantry.core.usage.UsageStore;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * A {@link UsageLedger} that takes records off the request path and writes them to a {@link UsageStore} in
 * batches from one background thread.
 *
 * <ul>
 *   <li>{@link #record} only appends to a bounded in-memory queue. When the queue is full (the store is
 *       slower than the traffic, or down) it waits for space instead of dropping the record, and counts the
 *       wait in {@link #backPressureWaits()}.</li>
 *   <li>The writer takes up to {@code maxBatch} records, waiting up to {@code maxDelay} for a batch to fill,
 *       and retries a failed write with exponential backoff, keeping the batch.</li>
 *   <li>{@link #close()} refuses new records, drains the queue and stops the writer. It does <b>not</b> close
 *       the store: whoever opened the store closes it, after the ledger. If the store stays down for longer
 *       than {@code closeTimeout}, close() logs how many records are still unwritten and returns; the writer
 *       keeps retrying on its daemon thread until the process exits.</li>
 * </ul>
 */
public final class BatchingUsageLedger implements UsageLedger {
    private static final System.Logger LOG = System.getLogger(BatchingUsageLedger.class.getName());

    private final UsageBuffer buffer;
    private final DurableBatchWriter writer;
    private final long maxDelayNanos;
    private final Duration closeTimeout;
    private final Thread thread;

    private BatchingUsageLedger(Builder b) {
        this.buffer = new UsageBuffer(b.capacity, b.maxBatch);
        this.writer = new DurableBatchWriter(b.store, b.initialBackoff, b.maxBackoff);
        this.maxDelayNanos = b.maxDelay.toNanos();
        this.closeTimeout = b.closeTimeout;
        this.thread = Thread.ofPlatform().daemon().name("gantry-usage-writer")
                .uncaughtExceptionHandler((t, e) -> LOG.log(Level.ERROR, "usage writer stopped with "
                        + pending() + " records not yet written; restart the gateway to resume", e))
                .unstarted(this::drainLoop);
        thread.start();
    }

    public static Builder builder(UsageStore store) {
        return new Builder(store);
    }

    /** A ledger with every default (capacity 65536, batches of 512, 200 ms delay). */
    public static BatchingUsageLedger start(UsageStore store) {
        return builder(store).build();
    }

    /** @throws IllegalStateException after {@link #close()} */
    @Override
    public void record(UsageRecord record) {
        validate(record);
        buffer.add(record);
    }

    @Override
    public void flush() {
        try {
            buffer.awaitAllAddedSoFar();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GantryException(ErrorKind.CANCELLED, "usage ledger flush was interrupted with "
                    + pending() + " records not yet written; they are still being written", e);
        }
    }

    /** Idempotent. Waits up to closeTimeout for the queue to drain; see the class comment. */
    @Override
    public void close() {
        buffer.close();
        try {
            thread.join(closeTimeout);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (thread.isAlive()) {
            LOG.log(Level.ERROR, pending() + " usage records are not yet written after waiting " + closeTimeout
                    + " for the usage store; the writer keeps retrying until the process exits");
        }
    }

    /** Records accepted but not yet durable. */
    public long pending() {
        return buffer.enqueued() - buffer.written();
    }

    /** Records the store accepted, since start. */
    public long written() {
        return buffer.written() - writer.rejected();
    }

    /** record() calls that had to wait for space in a full queue. */
    public long backPressureWaits() {
        return buffer.backPressureWaits();
    }

    /** Store writes that failed and were retried. */
    public long failedWrites() {
        return writer.failedWrites();
    }

    /** Records the store refused as invalid, logged and dropped (see {@link DurableBatchWriter}). */
    public long rejected() {
        return writer.rejected();
    }

    private void drainLoop() {
        try {
            List<UsageRecord> batch;
            while ((batch = buffer.takeBatch(maxDelayNanos)) != null) {
                writer.write(batch);
                buffer.markWritten(batch.size());
            }
        } catch (InterruptedException e) {
            LOG.log(Level.ERROR, "usage writer interrupted with " + pending() + " records not yet written");
        }
    }

    /** Rejected here, on the caller's thread, rather than failing a whole batch later. */
    private static void validate(UsageRecord r) {
        Objects.requireNonNull(r, "usage record is null; pass the record of a finished request");
        if (r.requestId() == null || r.timestamp() == null) {
            throw new IllegalArgumentException("usage record " + r.requestId() + " at " + r.timestamp()
                    + " lacks a requestId or timestamp; set both before recording it");
        }
    }

    /** Settings with their defaults; every one is optional. */
    public static final class Builder {
        private final UsageStore store;
        private int capacity = 65_536;
        private int maxBatch = 512;
        private Duration maxDelay = Duration.ofMillis(200);
        private Duration initialBackoff = Duration.ofMillis(100);
        private Duration maxBackoff = Duration.ofSeconds(30);
        private Duration closeTimeout = Duration.ofSeconds(30);

        private Builder(UsageStore store) {
            this.store = Objects.requireNonNull(store, "store");
        }

        /** Records held in memory before record() waits; default 65536. */
        public Builder capacity(int value) {
            capacity = positive("capacity", value, 65_536);
            return this;
        }

        /** Most records per store write; default 512. */
        public Builder maxBatch(int value) {
            maxBatch = positive("maxBatch", value, 512);
            return this;
        }

        /** Longest wait for a batch to fill before writing what there is; default 200 ms. */
        public Builder maxDelay(Duration value) {
            maxDelay = nonNegative("maxDelay", value);
            return this;
        }

        /** Wait before the first retry, doubled each time up to {@code max}; defaults 100 ms and 30 s. */
        public Builder retryBackoff(Duration initial, Duration max) {
            initialBackoff = nonNegative("retryBackoff initial", initial);
            maxBackoff = nonNegative("retryBackoff max", max);
            return this;
        }

        /** How long close() waits for the queue to drain; default 30 s. */
        public Builder closeTimeout(Duration value) {
            closeTimeout = nonNegative("closeTimeout", value);
            return this;
        }

        public BatchingUsageLedger build() {
            return new BatchingUsageLedger(this);
        }

        private static int positive(String name, int value, int byDefault) {
            if (value < 1) {
                throw new IllegalArgumentException("usage ledger " + name + " " + value
                        + " is not positive; use at least 1 (default " + byDefault + ")");
            }
            return value;
        }

        private static Duration nonNegative(String name, Duration value) {
            if (value == null || value.isNegative()) {
                throw new IllegalArgumentException("usage ledger " + name + " " + value
                        + " is not a duration of zero or more; use e.g. PT0.2S");
            }
            return value;
        }
    }
}
