package dev.gantry.core.usage;

/**
 * Aggregation dimension for usage summaries; ROUTE is the path taken (attempts and fallbacks, as in the ledger);
 * CACHE is the response cache's part (hit, miss, or none for aliases without a cache).
 */
public enum UsageGroupBy {
    KEY, MODEL, PROVIDER, DAY, FEATURE, ROUTE, CACHE
}
