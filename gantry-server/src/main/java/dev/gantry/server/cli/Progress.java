package dev.gantry.server.cli;

import dev.gantry.core.rag.IngestJob;
import java.io.PrintStream;
import java.util.Locale;

/** A one-line progress bar for ingest jobs on stderr, redrawn in place when stderr is a terminal. */
final class Progress {
    private static final int WIDTH = 30;
    private final PrintStream out;
    private final boolean terminal = System.console() != null;
    private final long startNanos = System.nanoTime();
    private long lastPrinted;

    Progress(PrintStream out) {
        this.out = out;
    }

    void show(IngestJob j) {
        long now = System.nanoTime();
        if (!terminal && now - lastPrinted < 5_000_000_000L && !j.finished()) return; // logs: every 5 s
        lastPrinted = now;
        int settled = j.done() + j.skipped() + j.failed();
        int filled = j.total() == 0 ? WIDTH : (int) ((long) WIDTH * settled / j.total());
        double secs = Math.max(1e-3, (now - startNanos) / 1e9);
        String line = String.format(Locale.ROOT, "[%s%s] %d/%d documents  (indexed %d, unchanged %d, failed %d)  %.1f docs/s",
                "#".repeat(filled), ".".repeat(WIDTH - filled), settled, j.total(), j.done(), j.skipped(), j.failed(), settled / secs);
        out.print(terminal ? "\r" + line : line + "\n");
        if (terminal && j.finished()) out.println();
        out.flush();
    }
}
