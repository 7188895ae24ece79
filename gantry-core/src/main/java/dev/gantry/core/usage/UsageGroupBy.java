package dev.gantry.core.usage;

/** Aggregation dimension for usage summaries; ROUTE is the path taken (attempts and fallbacks, as in the ledger). */
public enum UsageGroupBy {
    KEY, MODEL, PROVIDER, DAY, FEATURE, ROUTE
}
