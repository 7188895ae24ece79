package dev.gantry.server.http;

import dev.gantry.core.error.GantryException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * A chart range and its bucket: 1h by the minute, 24h by 15 minutes, 7d by 2 hours, 30d by 12 hours (60 to 96
 * points each). The range ends at the next bucket boundary after now, so buckets line up with the clock.
 */
record DashboardRange(String name, Instant from, Instant to, Duration bucket) {
    static final String DEFAULT = "24h";
    private static final Map<String, Duration[]> RANGES = Map.of(
            "1h", new Duration[] {Duration.ofHours(1), Duration.ofMinutes(1)},
            "24h", new Duration[] {Duration.ofHours(24), Duration.ofMinutes(15)},
            "7d", new Duration[] {Duration.ofDays(7), Duration.ofHours(2)},
            "30d", new Duration[] {Duration.ofDays(30), Duration.ofHours(12)});

    static DashboardRange parse(String name, Instant now) {
        String n = name == null ? DEFAULT : name;
        Duration[] r = RANGES.get(n);
        if (r == null) {
            throw GantryException.invalid("range", "range '" + n + "' is not one of 1h, 24h, 7d, 30d; pass e.g. range=24h");
        }
        long step = r[1].toMillis();
        Instant to = Instant.ofEpochMilli((now.toEpochMilli() / step + 1) * step);
        return new DashboardRange(n, to.minus(r[0]), to, r[1]);
    }
}
