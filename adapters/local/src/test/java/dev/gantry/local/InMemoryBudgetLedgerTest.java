package dev.gantry.local;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.core.limits.BudgetLedger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class InMemoryBudgetLedgerTest {
    private final InMemoryBudgetLedger ledger = new InMemoryBudgetLedger();
    private final Instant period = Instant.parse("2026-11-01T00:00:00Z");

    @Test
    void should_refuse_a_reservation_that_would_pass_the_limit() {
        assertThat(ledger.reserve("k", period, 100, 60)).isNotNull();
        assertThat(ledger.reserve("k", period, 100, 50)).isNull();
        assertThat(ledger.committed("k", period)).isEqualTo(60);
    }

    @Test
    void should_settle_to_the_actual_cost_and_free_the_difference() {
        BudgetLedger.Reservation r = ledger.reserve("k", period, 100, 80);
        ledger.settle(r, 30);
        assertThat(ledger.committed("k", period)).isEqualTo(30);
        assertThat(ledger.reserve("k", period, 100, 70)).isNotNull();
    }

    @Test
    void should_keep_periods_apart() {
        ledger.seed("k", period, 100);
        assertThat(ledger.reserve("k", period, 100, 1)).isNull();
        assertThat(ledger.reserve("k", Instant.parse("2026-12-01T00:00:00Z"), 100, 1)).isNotNull();
    }

    @Test
    void should_never_let_concurrent_reservations_pass_the_limit() throws InterruptedException {
        int threads = 16;
        CountDownLatch start = new CountDownLatch(1);
        AtomicInteger granted = new AtomicInteger();
        List<Thread> all = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            all.add(Thread.ofPlatform().start(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    return;
                }
                for (int j = 0; j < 1000; j++) if (ledger.reserve("k", period, 5_000, 7) != null) granted.incrementAndGet();
            }));
        }
        start.countDown();
        for (Thread t : all) t.join();
        assertThat(granted.get()).isEqualTo(5_000 / 7);
        assertThat(ledger.committed("k", period)).isLessThanOrEqualTo(5_000);
    }
}
