package dev.gantry.guard.pii;

/**
 * An immutable open-addressing map from a non-zero 64-bit hash to an int (a weight row, gazetteer flags): one flat
 * {@code long[]} holding each key next to its value (one cache line for both), linear probing, load factor at most
 * one half, so a lookup is a few array reads and allocates nothing.
 */
final class FeatureTable {
    static final int MISSING = -1;

    /** Slot {@code s}: key at {@code 2s} (0 when empty), value at {@code 2s + 1}. */
    private final long[] slots;
    private final int mask;
    private final int size;

    /** {@code keys[i]} maps to {@code values[i]}; keys must be non-zero and distinct. */
    FeatureTable(long[] keys, int[] values) {
        int capacity = Integer.highestOneBit(Math.max(4, keys.length * 2 - 1)) << 1;
        this.slots = new long[2 * capacity];
        this.mask = capacity - 1;
        this.size = keys.length;
        for (int i = 0; i < keys.length; i++) put(keys[i], values[i]);
    }

    private void put(long key, int value) {
        if (key == 0) throw new IllegalArgumentException("feature hash 0 is reserved for empty slots");
        int slot = slot(key);
        while (slots[2 * slot] != 0) {
            if (slots[2 * slot] == key) throw new IllegalArgumentException("duplicate feature hash " + key);
            slot = (slot + 1) & mask;
        }
        slots[2 * slot] = key;
        slots[2 * slot + 1] = value;
    }

    int get(long key) {
        int slot = slot(key);
        long k;
        while ((k = slots[2 * slot]) != 0) {
            if (k == key) return (int) slots[2 * slot + 1];
            slot = (slot + 1) & mask;
        }
        return MISSING;
    }

    int size() {
        return size;
    }

    /** Slots, for writing the table out: a slot with key 0 is empty. */
    int slots() {
        return mask + 1;
    }

    long keyAt(int slot) {
        return slots[2 * slot];
    }

    int valueAt(int slot) {
        return (int) slots[2 * slot + 1];
    }

    private int slot(long key) {
        return (int) (key ^ (key >>> 32)) & mask;
    }
}
