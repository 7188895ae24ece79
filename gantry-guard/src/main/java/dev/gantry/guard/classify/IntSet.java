package dev.gantry.guard.classify;

import java.util.Arrays;

/** A set of ints (string hash codes here), open addressing; built once, then read by many threads. */
final class IntSet {
    private static final int EMPTY = Integer.MIN_VALUE;
    private int[] slots = empty(16);
    private int size;
    private boolean hasEmptyValue;

    void add(int value) {
        if (value == EMPTY) {
            hasEmptyValue = true;
            return;
        }
        if ((size + 1) * 2 > slots.length) grow();
        int slot = indexOf(slots, value);
        if (slots[slot] == EMPTY) {
            slots[slot] = value;
            size++;
        }
    }

    boolean contains(int value) {
        if (value == EMPTY) return hasEmptyValue;
        return size > 0 && slots[indexOf(slots, value)] == value;
    }

    private static int[] empty(int length) {
        int[] table = new int[length];
        Arrays.fill(table, EMPTY);
        return table;
    }

    private static int indexOf(int[] table, int value) {
        int mask = table.length - 1;
        int slot = value * 0x9E3779B9 >>> 7 & mask;
        while (table[slot] != EMPTY && table[slot] != value) slot = (slot + 1) & mask;
        return slot;
    }

    private void grow() {
        int[] old = slots;
        slots = empty(old.length * 2);
        for (int v : old) if (v != EMPTY) slots[indexOf(slots, v)] = v;
    }
}
