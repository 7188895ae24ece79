package dev.gantry.store.sqlite.internal;

import dev.gantry.core.usage.Percentiles;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The values of one measure in one bucket, for percentiles: all of them up to {@code capacity}, then a uniform
 * sample of that size (Vitter's algorithm R), so memory stays bounded whatever the ledger holds.
 */
final class Reservoir {
    private final int capacity;
    private final SplittableRandom random;
    private long[] values = new long[16];
    private int held;
    private long seen;

    Reservoir(int capacity, long seed) {
        this.capacity = capacity;
        this.random = new SplittableRandom(seed);
    }

    void add(long v) {
        seen++;
        if (held < capacity) {
            if (held == values.length) values = Arrays.copyOf(values, Math.min(capacity, held * 2));
            values[held++] = v;
            return;
        }
        long slot = random.nextLong(seen);
        if (slot < capacity) values[(int) slot] = v;
    }

    /** Nearest rank: the p-th percentile is the value at rank ceil(p * n) in ascending order. */
    Percentiles percentiles() {
        if (held == 0) return Percentiles.NONE;
        long[] sorted = Arrays.copyOf(values, held);
        Arrays.sort(sorted);
        return new Percentiles(rank(sorted, 0.50), rank(sorted, 0.95), rank(sorted, 0.99));
    }

    private static long rank(long[] sorted, double p) {
        int r = (int) Math.ceil(p * sorted.length);
        return sorted[Math.max(0, r - 1)];
    }
}
