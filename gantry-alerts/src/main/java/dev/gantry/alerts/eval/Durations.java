package dev.gantry.alerts.eval;

import java.time.Duration;

/** Durations as people write them in the config: 200ms, 2s, 5m, 1h. */
public final class Durations {
    private Durations() {
    }

    public static String text(Duration d) {
        long ms = d.toMillis();
        if (ms % 3_600_000 == 0) return ms / 3_600_000 + "h";
        if (ms % 60_000 == 0) return ms / 60_000 + "m";
        if (ms % 1_000 == 0) return ms / 1_000 + "s";
        return ms + "ms";
    }

    /** "2.4 s" or "850 ms", for measured latencies. */
    public static String millis(double ms) {
        return ms >= 1000 ? String.format(java.util.Locale.ROOT, "%.1f s", ms / 1000) : Math.round(ms) + " ms";
    }
}
