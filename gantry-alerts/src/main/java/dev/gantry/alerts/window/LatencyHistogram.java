package dev.gantry.alerts.window;

/**
 * Latencies in log-spaced buckets 5% wide, from 1 ms to about 36 minutes: a percentile costs one pass over
 * {@value #BUCKETS} counters whatever the traffic, and is reported as its bucket's upper bound (at most 5% high).
 */
public final class LatencyHistogram {
    public static final int BUCKETS = 320;
    private static final double GROWTH = 1.05;
    private static final double LOG_GROWTH = Math.log(GROWTH);

    private LatencyHistogram() {
    }

    public static int bucket(long millis) {
        if (millis <= 1) return 0;
        return (int) Math.min(BUCKETS - 1, Math.ceil(Math.log(millis) / LOG_GROWTH));
    }

    /** The largest latency, in ms, that falls in {@code bucket}. */
    public static double upperBound(int bucket) {
        return Math.pow(GROWTH, bucket);
    }

    /** The {@code percentile} (0-100] of the counted latencies, in ms; 0 when nothing was counted. */
    public static double percentile(int[] counts, double percentile) {
        long total = 0;
        for (int c : counts) total += c;
        if (total == 0) return 0;
        long rank = Math.max(1, (long) Math.ceil(percentile / 100.0 * total));
        long seen = 0;
        for (int b = 0; b < counts.length; b++) {
            seen += counts[b];
            if (seen >= rank) return upperBound(b);
        }
        return upperBound(counts.length - 1);
    }
}
