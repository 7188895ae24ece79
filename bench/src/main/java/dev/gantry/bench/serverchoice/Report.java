package dev.gantry.bench.serverchoice;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** Renders the cells as Markdown (one table per mode and concurrency, rounds side by side) and as CSV. */
final class Report {
    private Report() {
    }

    static String progressLine(ServerChoiceBench.Cell c) {
        var r = c.result();
        return String.format(Locale.ROOT, "round %d %-17s %-6s c=%-3d %8.0f req/s  p50 %7.2f  p99 %7.2f ms  "
                        + "ttfe p50 %6.2f p99 %6.2f ms  cpu %6.0f us/req  errors %d",
                c.round(), c.candidate().id(), mode(c.stream()), c.concurrency(), r.rps(), r.latencyMillis(0.5),
                r.latencyMillis(0.99), r.ttfeMillis(0.5), r.ttfeMillis(0.99), r.cpuMicrosPerRequest(), r.errors());
    }

    static String markdown(ServerChoiceBench.Settings s, List<ServerChoiceBench.Cell> cells,
                           Map<Candidate, String> cancellation, String loadBefore) {
        var sb = new StringBuilder();
        sb.append("Date ").append(LocalDate.now()).append("; ").append(Runtime.getRuntime().availableProcessors())
                .append(" cores; JDK ").append(Runtime.version()).append("; ").append(System.getProperty("os.name"))
                .append(' ').append(System.getProperty("os.arch")).append("; warm-up ").append(s.warmupSeconds())
                .append(" s + measured ").append(s.measureSeconds()).append(" s per cell; child JVMs ")
                .append(String.join(" ", ServerChoiceBench.CHILD_JVM_FLAGS)).append("; upstream event gap ")
                .append(s.gapMillis()).append(" ms; load average before ").append(loadBefore).append(", after ")
                .append(loadAverage()).append(".\n")
                .append("Each cell reads `round 1 / round 2 ...`; ratios compare with Helidon+JDK in the same round.\n");
        for (boolean stream : s.streamModes()) {
            for (int conc : s.concurrency()) table(sb, s, cells, stream, conc);
        }
        if (!cancellation.isEmpty()) {
            sb.append("\n### Client disconnect mid-stream: upstream streams cut\n\n| Candidate | cut / streams |\n|---|---|\n");
            cancellation.forEach((c, v) -> sb.append("| ").append(c.label).append(" | ").append(v).append(" |\n"));
        }
        return sb.toString();
    }

    private static void table(StringBuilder sb, ServerChoiceBench.Settings s, List<ServerChoiceBench.Cell> cells,
                              boolean stream, int conc) {
        sb.append("\n### ").append(stream ? "Streaming (20 SSE events + [DONE])" : "Non-streaming (~500 B JSON)")
                .append(", concurrency ").append(conc).append("\n\n");
        sb.append(stream
                ? "| Candidate | req/s | × Helidon+JDK | p50 ms | p99 ms | first event p50 ms | added vs direct p50 ms | proxy CPU µs/req | errors |\n|---|---|---|---|---|---|---|---|---|\n"
                : "| Candidate | req/s | × Helidon+JDK | p50 ms | p99 ms | proxy CPU µs/req | errors |\n|---|---|---|---|---|---|---|\n");
        for (Candidate c : s.candidates()) {
            sb.append("| ").append(c.label);
            sb.append(" | ").append(perRound(s, cells, c, stream, conc, r -> fmt0(r.rps())));
            sb.append(" | ").append(perRoundCells(s, cells, c, stream, conc, (cell) ->
                    find(cells, cell.round(), Candidate.HELIDON_JDK, stream, conc)
                            .map(b -> fmt2(cell.result().rps() / b.result().rps())).orElse("-")));
            sb.append(" | ").append(perRound(s, cells, c, stream, conc, r -> fmt2(r.latencyMillis(0.5))));
            sb.append(" | ").append(perRound(s, cells, c, stream, conc, r -> fmt2(r.latencyMillis(0.99))));
            if (stream) {
                sb.append(" | ").append(perRound(s, cells, c, stream, conc, r -> fmt2(r.ttfeMillis(0.5))));
                sb.append(" | ").append(perRoundCells(s, cells, c, stream, conc, (cell) ->
                        find(cells, cell.round(), Candidate.DIRECT, stream, conc)
                                .map(d -> fmt2(cell.result().ttfeMillis(0.5) - d.result().ttfeMillis(0.5))).orElse("-")));
            }
            sb.append(" | ").append(c == Candidate.DIRECT ? "(upstream) " : "")
                    .append(perRound(s, cells, c, stream, conc, r -> fmt0(r.cpuMicrosPerRequest())));
            sb.append(" | ").append(perRound(s, cells, c, stream, conc, r -> String.valueOf(r.errors()))).append(" |\n");
        }
    }

    private static String perRound(ServerChoiceBench.Settings s, List<ServerChoiceBench.Cell> cells, Candidate c,
                                   boolean stream, int conc, Function<LoadGenerator.Result, String> f) {
        return perRoundCells(s, cells, c, stream, conc, cell -> f.apply(cell.result()));
    }

    private static String perRoundCells(ServerChoiceBench.Settings s, List<ServerChoiceBench.Cell> cells, Candidate c,
                                        boolean stream, int conc, Function<ServerChoiceBench.Cell, String> f) {
        return IntStream.rangeClosed(1, s.rounds())
                .mapToObj(round -> find(cells, round, c, stream, conc).map(f).orElse("-"))
                .collect(Collectors.joining(" / "));
    }

    private static Optional<ServerChoiceBench.Cell> find(List<ServerChoiceBench.Cell> cells, int round, Candidate c,
                                                         boolean stream, int conc) {
        return cells.stream().filter(x -> x.round() == round && x.candidate() == c && x.stream() == stream
                && x.concurrency() == conc).findFirst();
    }

    static String csv(List<ServerChoiceBench.Cell> cells) {
        var sb = new StringBuilder("round,candidate,mode,concurrency,rps,p50_ms,p99_ms,ttfe_p50_ms,ttfe_p99_ms,"
                + "proxy_cpu_us_per_req,ok,errors\n");
        for (var c : cells) {
            var r = c.result();
            sb.append(String.format(Locale.ROOT, "%d,%s,%s,%d,%.1f,%.3f,%.3f,%.3f,%.3f,%.1f,%d,%d%n", c.round(),
                    c.candidate().id(), mode(c.stream()), c.concurrency(), r.rps(), r.latencyMillis(0.5),
                    r.latencyMillis(0.99), r.ttfeMillis(0.5), r.ttfeMillis(0.99), r.cpuMicrosPerRequest(), r.ok(),
                    r.errors()));
        }
        return sb.toString();
    }

    /** The 1/5/15-minute load averages: how busy the shared machine was around the run. */
    static String loadAverage() {
        try {
            String[] f = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (java.io.IOException | RuntimeException e) {
            return "n/a";
        }
    }

    private static String mode(boolean stream) {
        return stream ? "stream" : "json";
    }

    private static String fmt0(double v) {
        return v < 0 || Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.0f", v);
    }

    private static String fmt2(double v) {
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.2f", v);
    }
}
