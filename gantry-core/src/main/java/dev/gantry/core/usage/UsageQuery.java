package dev.gantry.core.usage;

import java.time.Instant;

/** Filters for reading the ledger; null means "any". {@code limit} caps returned rows (records only). */
public record UsageQuery(Instant from, Instant to, String keyName, String alias, String provider,
                         String feature, Boolean failedOnly, int limit) {
    public static UsageQuery all() {
        return new UsageQuery(null, null, null, null, null, null, null, 1000);
    }
}
