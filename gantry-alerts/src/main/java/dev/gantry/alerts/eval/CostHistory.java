package dev.gantry.alerts.eval;

import java.time.Instant;

/** Spend already in the usage ledger, to seed windows after a restart. */
@FunctionalInterface
public interface CostHistory {
    /** Nano-USD spent from {@code from} (included) to {@code to} (excluded); {@code model} null means all aliases. */
    long costNanos(Instant from, Instant to, String model);
}
