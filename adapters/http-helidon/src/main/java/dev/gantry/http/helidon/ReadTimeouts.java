package dev.gantry.http.helidon;

import java.time.Duration;

/** Socket timeouts are whole milliseconds in an int, where 0 means "no limit". */
final class ReadTimeouts {
    private static final Duration SHORTEST = Duration.ofMillis(1);
    private static final Duration LONGEST = Duration.ofMillis(Integer.MAX_VALUE);

    private ReadTimeouts() {
    }

    /** null means no limit; any other value, even zero or negative (a deadline already passed), stays a limit. */
    static Duration forSocket(Duration limit) {
        return Duration.ofMillis(socketMillis(limit));
    }

    static int socketMillis(Duration limit) {
        if (limit == null) return 0;
        if (limit.compareTo(LONGEST) >= 0) return Integer.MAX_VALUE;
        if (limit.compareTo(SHORTEST) < 0) return 1;
        return (int) limit.toMillis();
    }
}
