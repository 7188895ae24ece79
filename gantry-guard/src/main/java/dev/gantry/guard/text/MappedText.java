package dev.gantry.guard.text;

import java.util.Arrays;

/** A growing text where every char remembers the span of the original text it came from. */
final class MappedText {
    private char[] chars;
    private int[] starts;
    private int[] ends;
    private int length;

    MappedText(int capacity) {
        int c = Math.max(16, capacity);
        chars = new char[c];
        starts = new int[c];
        ends = new int[c];
    }

    void append(char c, int originalStart, int originalEnd) {
        if (length == chars.length) grow();
        chars[length] = c;
        starts[length] = originalStart;
        ends[length] = originalEnd;
        length++;
    }

    /** Appends char {@code i} of {@code other} with its mapping. */
    void copy(MappedText other, int i) {
        append(other.chars[i], other.starts[i], other.ends[i]);
    }

    int length() {
        return length;
    }

    char charAt(int i) {
        return chars[i];
    }

    boolean regionMatches(int a, int b, int len) {
        return Arrays.equals(chars, a, a + len, chars, b, b + len);
    }

    NormalizedText toNormalized(String original, int checkedLength) {
        return new NormalizedText(original, new String(chars, 0, length), starts, ends, checkedLength);
    }

    private void grow() {
        int c = chars.length * 2;
        chars = Arrays.copyOf(chars, c);
        starts = Arrays.copyOf(starts, c);
        ends = Arrays.copyOf(ends, c);
    }
}
