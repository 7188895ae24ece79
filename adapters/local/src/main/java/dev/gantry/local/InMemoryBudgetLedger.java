package dev.gantry.local;

import dev.gantry.core.limits.BudgetLedger;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Budgets in process memory: one atomic counter (spent + reserved, nano-USD) per scope and period,
 * reserved by compare-and-set so concurrent requests can never pass the limit together. Seeded from the
 * usage ledger at start-up, so a restart does not forget what was spent.
 */
public final class InMemoryBudgetLedger implements BudgetLedger {
    private final ConcurrentHashMap<String, AtomicLong> committed = new ConcurrentHashMap<>();

    @Override
    public Reservation reserve(String scope, Instant periodStart, long limitNanos, long amountNanos) {
        AtomicLong c = counter(scope, periodStart);
        while (true) {
            long now = c.get();
            if (now + amountNanos > limitNanos) return null;
            if (c.compareAndSet(now, now + amountNanos)) return new Reservation(scope, periodStart, amountNanos);
        }
    }

    @Override
    public void settle(Reservation r, long actualNanos) {
        counter(r.scope(), r.periodStart()).addAndGet(actualNanos - r.amountNanos());
    }

    @Override
    public long committed(String scope, Instant periodStart) {
        return counter(scope, periodStart).get();
    }

    @Override
    public void seed(String scope, Instant periodStart, long spentNanos) {
        counter(scope, periodStart).addAndGet(spentNanos);
    }

    private AtomicLong counter(String scope, Instant periodStart) {
        return committed.computeIfAbsent(scope + "@" + periodStart.getEpochSecond(), k -> new AtomicLong());
    }
}
