package dev.gantry.guard.pii;

/**
 * An immutable open-addressing map from a non-zero 64-bit hash to an int (a weight row, gazetteer flags): two flat
 * arrays, linear probing, load factor at most one half, so a lookup is a few array reads and allocates nothing.
 */
final class FeatureTable {
    static final int MISSING = -1;

    private final long[] keys;
    private final int[] values;
    private final int mask;
    private final int size;

    /** {@code keys[i]} maps to {@code values[i]}; keys must be non-zero and distinct. */
    FeatureTable(long[] keys, int[] values) {
        int capacity = Integer.highestOneBit(Math.max(4, keys.length * 2 - 1)) << 1;
        this.keys = new long[capacity];
        this.values = new int[capacity];
        this.mask = capacity - 1;
        this.size = keys.length;
        for (int i = 0; i < keys.length; i++) put(keys[i], values[i]);
    }

    private void put(long key, int value) {
        if (key == 0) throw new IllegalArgumentException("feature hash 0 is reserved for empty slots");
        int slot = slot(key);
        while (keys[slot] != 0) {
            if (keys[slot] == key) throw new IllegalArgumentException("duplicate feature hash " + key);
            slot = (slot + 1) & mask;
        }
        keys[slot] = key;
        values[slot] = value;
    }

    int get(long key) {
        int slot = slot(key);
        long k;
        while ((k = keys[slot]) != 0) {
            if (k == key) return values[slot];
            slot = (slot + 1) & mask;
        }
        return MISSING;
    }

    int size() {
        return size;
    }

    /** Slots, for writing the table out: a slot with key 0 is empty. */
    int slots() {
        return keys.length;
    }

    long keyAt(int slot) {
        return keys[slot];
    }

    int valueAt(int slot) {
        return values[slot];
    }

    private int slot(long key) {
        return (int) (key ^ (key >>> 32)) & mask;
    }
}
