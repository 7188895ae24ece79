package dev.gantry.bench.gatewayload;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Stop-the-world pauses of a gateway JVM from its {@code -Xlog:gc} file: a pause stalls every request in flight,
 * so their count and length explain much of a p99 on a small heap.
 */
final class GcLog {
    /** Unified logging's "[12.345s] GC(7) Pause Young (Normal) (G1 Evacuation Pause) 300M->50M(512M) 8.123ms". */
    private static final Pattern PAUSE = Pattern.compile("^\\[(\\d+(?:\\.\\d+)?)s].* Pause .* (\\d+(?:\\.\\d+)?)ms\\s*$");

    private GcLog() {
    }

    /** The JVM flag that writes the log. */
    static String flag(Path file) {
        return "-Xlog:gc:file=" + file.toAbsolutePath() + ":uptime";
    }

    /** "N pauses, total X ms, longest Y ms" from JVM uptime {@code fromSeconds} on (start-up excluded), or why not. */
    static String summary(Path file, double fromSeconds) {
        if (!Files.exists(file)) return "no GC log";
        int count = 0;
        double total = 0;
        double longest = 0;
        try {
            for (String line : Files.readAllLines(file)) {
                Matcher m = PAUSE.matcher(line);
                if (!m.find() || Double.parseDouble(m.group(1)) < fromSeconds) continue;
                double ms = Double.parseDouble(m.group(2));
                count++;
                total += ms;
                longest = Math.max(longest, ms);
            }
        } catch (IOException e) {
            return "GC log unreadable";
        }
        return String.format(Locale.ROOT, "%d pauses, total %.0f ms, longest %.1f ms", count, total, longest);
    }
}
