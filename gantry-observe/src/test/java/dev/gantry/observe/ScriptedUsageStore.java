package dev.gantry.observe;

import dev.gantry.core.usage.UsageGroupBy;
import dev.gantry.core.usage.UsageQuery;
import dev.gantry.core.usage.UsageRecord;
import dev.gantry.core.usage.UsageStore;
import dev.gantry.core.usage.UsageSummary;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A test double of the UsageStore port that keeps writes in memory and misbehaves on purpose: it can fail
 * the next N writes, hold writes at a gate, and refuse one request id as invalid.
 */
final class ScriptedUsageStore implements UsageStore {
    private final List<UsageRecord> written = new ArrayList<>();
    private final List<Integer> batchSizes = new ArrayList<>();
    private final AtomicInteger failuresLeft = new AtomicInteger();
    private final CountDownLatch entered = new CountDownLatch(1);
    private volatile CountDownLatch gate = new CountDownLatch(0);
    private volatile String invalidId;
    private volatile boolean closed;

    ScriptedUsageStore failNext(int times) {
        failuresLeft.set(times);
        return this;
    }

    ScriptedUsageStore holdWritesAtGate() {
        gate = new CountDownLatch(1);
        return this;
    }

    ScriptedUsageStore refuse(String requestId) {
        invalidId = requestId;
        return this;
    }

    /** Succeeds from the next write on. */
    void recover() {
        failuresLeft.set(0);
    }

    void openGate() {
        gate.countDown();
    }

    void awaitFirstWrite() throws InterruptedException {
        entered.await();
    }

    @Override
    public void writeBatch(List<UsageRecord> records) {
        entered.countDown();
        awaitGate();
        if (failuresLeft.getAndDecrement() > 0) throw new IllegalStateException("disk full (on purpose)");
        if (records.stream().anyMatch(r -> r.requestId().equals(invalidId))) {
            throw new IllegalArgumentException("record " + invalidId + " is invalid (on purpose)");
        }
        synchronized (this) {
            written.addAll(records);
            batchSizes.add(records.size());
        }
    }

    synchronized List<String> writtenIds() {
        return written.stream().map(UsageRecord::requestId).toList();
    }

    synchronized List<Integer> batchSizes() {
        return List.copyOf(batchSizes);
    }

    boolean closed() {
        return closed;
    }

    @Override
    public List<UsageRecord> find(UsageQuery query) {
        throw new UnsupportedOperationException("not needed by the ledger");
    }

    @Override
    public List<UsageSummary> summarize(UsageQuery query, UsageGroupBy groupBy) {
        throw new UnsupportedOperationException("not needed by the ledger");
    }

    @Override
    public List<dev.gantry.core.usage.UsageBucket> series(UsageQuery query, java.time.Duration bucket) {
        throw new UnsupportedOperationException("not needed by the ledger");
    }

    @Override
    public List<UsageRecord> search(dev.gantry.core.usage.UsageSearch search) {
        throw new UnsupportedOperationException("not needed by the ledger");
    }

    @Override
    public java.util.Optional<UsageRecord> findById(String requestId) {
        throw new UnsupportedOperationException("not needed by the ledger");
    }

    @Override
    public BigDecimal costSince(String keyName, Instant since) {
        throw new UnsupportedOperationException("not needed by the ledger");
    }

    @Override
    public void close() {
        closed = true;
    }

    private void awaitGate() {
        try {
            gate.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted at the gate", e);
        }
    }
}
