package dev.gantry.core.usage;

/** Aggregation dimension for usage summaries. */
public enum UsageGroupBy {
    KEY, MODEL, PROVIDER, DAY, FEATURE
}
