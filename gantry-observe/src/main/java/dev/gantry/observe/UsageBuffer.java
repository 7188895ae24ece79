package dev.gantry.observe;

import dev.gantry.core.usage.UsageRecord;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The bounded FIFO between request threads and the one writer thread, with the counters flush() needs.
 * Records are numbered in queue order by {@code enqueued}, and the writer writes in that order, so "every
 * record handed in before now is durable" is exactly {@code written >= enqueued-at-the-call}. A hand-made
 * queue rather than an ArrayBlockingQueue, so that flush() and close() can wake the writer from its wait.
 */
final class UsageBuffer {
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition hasWork = lock.newCondition();
    private final Condition notFull = lock.newCondition();
    private final Condition progress = lock.newCondition();
    private final ArrayDeque<UsageRecord> queue;
    private final int capacity;
    private final int maxBatch;
    private volatile long enqueued;
    private volatile long written;
    private volatile long backPressureWaits;
    private long flushTarget;
    private int waitingForSpace;
    private boolean closed;

    UsageBuffer(int capacity, int maxBatch) {
        this.capacity = capacity;
        this.maxBatch = maxBatch;
        this.queue = new ArrayDeque<>(Math.min(capacity, 4096));
    }

    /** Appends, waiting for space when full (back-pressure: a record is never dropped). */
    void add(UsageRecord r) {
        lock.lock();
        try {
            if (closed) {
                throw new IllegalStateException("usage ledger is closed; record usage before closing it "
                        + "(check the shutdown order: stop serving requests, then close the ledger)");
            }
            if (queue.size() == capacity) awaitSpace();
            queue.addLast(r);
            enqueued++;
            if (queue.size() == 1 || queue.size() >= maxBatch) hasWork.signal();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Takes the next batch: waits for a first record, then up to {@code maxDelayNanos} for a full batch
     * unless a flush or close wants it now. Returns null once closed and empty with nobody left to add.
     */
    List<UsageRecord> takeBatch(long maxDelayNanos) throws InterruptedException {
        lock.lock();
        try {
            while (queue.isEmpty()) {
                if (closed && waitingForSpace == 0) return null;
                hasWork.await();
            }
            long nanos = maxDelayNanos;
            while (queue.size() < maxBatch && !closed && flushTarget <= written && nanos > 0) {
                nanos = hasWork.awaitNanos(nanos);
            }
            List<UsageRecord> batch = new ArrayList<>(Math.min(queue.size(), maxBatch));
            while (batch.size() < maxBatch && !queue.isEmpty()) batch.add(queue.pollFirst());
            notFull.signalAll();
            return batch;
        } finally {
            lock.unlock();
        }
    }

    /** The writer made the oldest {@code count} taken records durable. */
    void markWritten(int count) {
        lock.lock();
        try {
            written += count;
            progress.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Blocks until every record added before this call has been marked written. */
    void awaitAllAddedSoFar() throws InterruptedException {
        lock.lock();
        try {
            long target = enqueued;
            if (written >= target) return;
            flushTarget = Math.max(flushTarget, target);
            hasWork.signal();
            while (written < target) progress.await();
        } finally {
            lock.unlock();
        }
    }

    /** Refuses new records; the writer drains what is queued (and what waits for space) and then stops. */
    void close() {
        lock.lock();
        try {
            closed = true;
            hasWork.signal();
        } finally {
            lock.unlock();
        }
    }

    long enqueued() {
        return enqueued;
    }

    long written() {
        return written;
    }

    long backPressureWaits() {
        return backPressureWaits;
    }

    private void awaitSpace() {
        backPressureWaits++;
        waitingForSpace++;
        try {
            // uninterruptible: giving up here would lose the record, which this ledger never does
            while (queue.size() == capacity) notFull.awaitUninterruptibly();
        } finally {
            waitingForSpace--;
        }
    }
}
