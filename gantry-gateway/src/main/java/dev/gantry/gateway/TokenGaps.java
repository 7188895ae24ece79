package dev.gantry.gateway;

import java.util.Arrays;

/**
 * Times between a stream's content chunks (inter-token latency as a client feels it), kept for the metrics
 * listener. Bounded: a very long stream keeps its first {@value #MAX} gaps. Used by the one thread reading it.
 */
final class TokenGaps {
    static final int MAX = 8_192;
    private long[] gaps = new long[64];
    private int size;
    private long lastNanos = -1;

    /** A chunk with content arrived now. */
    void arrived(long nowNanos) {
        if (lastNanos >= 0 && size < MAX) {
            if (size == gaps.length) gaps = Arrays.copyOf(gaps, Math.min(MAX, size * 2));
            gaps[size++] = nowNanos - lastNanos;
        }
        lastNanos = nowNanos;
    }

    long[] toArray() {
        return Arrays.copyOf(gaps, size);
    }
}
