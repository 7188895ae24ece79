package dev.gantry.core.limits;

import java.time.Instant;

/**
 * Atomic spend accounting for hard budgets, in nano-USD. A request reserves its worst-case cost before the
 * upstream call; the reservation fails when spent + reserved + amount would pass the limit. After the call
 * the reservation is settled to the real cost. So concurrent requests can never overspend a budget.
 */
public interface BudgetLedger {

    /** @return a reservation, or null when it would exceed {@code limitNanos} */
    Reservation reserve(String scope, Instant periodStart, long limitNanos, long amountNanos);

    /** Replaces the reserved amount by the actual cost (0 when the call failed before costing anything). */
    void settle(Reservation reservation, long actualNanos);

    /** Spent plus currently reserved in the period. */
    long committed(String scope, Instant periodStart);

    /** Seeds a period's spend (from the usage ledger at start-up). */
    void seed(String scope, Instant periodStart, long spentNanos);

    record Reservation(String scope, Instant periodStart, long amountNanos) {
    }
}
