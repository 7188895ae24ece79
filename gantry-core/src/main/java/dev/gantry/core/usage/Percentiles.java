package dev.gantry.core.usage;

/** Nearest-rank percentiles of one measure over a set of ledger rows; {@link #NONE} when the set was empty. */
public record Percentiles(long p50, long p95, long p99) {
    public static final Percentiles NONE = new Percentiles(-1, -1, -1);

    public boolean isEmpty() {
        return p50 < 0;
    }
}
