package dev.gantry.bench.gatewayload;

import dev.gantry.bench.gatewayload.GatewayLoadBench.Cell;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Markdown (a summary of added latency, then one table per fake latency, mode and concurrency; rounds side by
 * side as {@code r1 / r2}) and CSV. "Added" = the path's percentile minus the direct path's same percentile in
 * the same round and cell: a difference of percentiles, not a percentile of per-request differences.
 */
final class Report {
    private Report() {
    }

    static String progressLine(Cell c) {
        var r = c.result();
        return String.format(Locale.ROOT, "round %d %-6s %2d ms %-6s c=%-3d %8.0f req/s  p50 %7.2f  p99 %7.2f ms  "
                        + "first byte p50 %6.2f p99 %6.2f ms  cpu %5.0f us/req  in-gateway %5.0f us  cache hits %s  errors %d%s",
                c.round(), c.via().id, c.latencyMs(), mode(c.stream()), c.concurrency(), r.rps(), r.latencyMillis(0.5),
                r.latencyMillis(0.99), r.ttftMillis(0.5), r.ttftMillis(0.99), serverCpuMicros(c), r.probe().overheadMicros(),
                Double.isNaN(r.cacheHitShare()) ? "-" : String.format(Locale.ROOT, "%.1f%%", 100 * r.cacheHitShare()),
                r.errors(), r.firstError() == null ? "" : " (first: " + r.firstError() + ")");
    }

    /** CPU per completed request of the JVM that served the client: the gateway, or the fake on the direct path. */
    static double serverCpuMicros(Cell c) {
        var r = c.result();
        long nanos = c.via().throughGateway() ? r.probe().gatewayCpuNanos() : r.probe().fakeCpuNanos();
        return nanos < 0 || r.ok() == 0 ? Double.NaN : nanos / 1000.0 / r.ok();
    }

    static String markdown(Settings s, List<Cell> cells, Map<Via, String> gc, String loadBefore, double wallSeconds) {
        var sb = new StringBuilder();
        sb.append("Date ").append(LocalDate.now()).append("; ").append(Runtime.getRuntime().availableProcessors())
                .append(" cores (shared by the fakes, the gateways and this load generator); JDK ").append(Runtime.version())
                .append("; ").append(System.getProperty("os.name")).append(' ').append(System.getProperty("os.arch"))
                .append("; warm-up ").append(s.warmupSeconds()).append(" s + measured ").append(s.measureSeconds())
                .append(" s per cell; child JVMs -Xms").append(s.heap()).append(" -Xmx").append(s.heap())
                .append("; gateway data-dir under ").append(s.dataRoot()).append("; load average before ").append(loadBefore)
                .append(", after ").append(loadAverage()).append("; whole run ").append(fmt0(wallSeconds)).append(" s.\n")
                .append("Cells read `round 1 / round 2 ...`; added = path minus direct, same round and cell.\n");
        gc.forEach((via, summary) -> sb.append("Gateway GC, ").append(via.label).append(", measured rounds (start-up and priming excluded): ").append(summary)
                .append(".\n"));
        summary(sb, s, cells, false);
        if (s.streamModes().contains(true)) summary(sb, s, cells, true);
        for (int latency : s.latenciesMs()) {
            for (boolean stream : s.streamModes()) {
                for (int conc : s.concurrency()) table(sb, s, cells, latency, stream, conc);
            }
        }
        return sb.toString();
    }

    private static void summary(StringBuilder sb, Settings s, List<Cell> cells, boolean ttft) {
        sb.append(ttft ? "\n### Added time to first token (streaming)\n\n" : "\n### Added latency, whole response\n\n");
        sb.append("| fake latency | mode | c | direct req/s | off req/s | on req/s | added p50 off | added p50 on "
                + "| added p99 off | added p99 on | gateway CPU µs/req off | on | in-gateway µs off | on |\n");
        sb.append("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (int latency : s.latenciesMs()) {
            for (boolean stream : s.streamModes()) {
                if (ttft && !stream) continue;
                for (int conc : s.concurrency()) {
                    Key k = new Key(latency, stream, conc);
                    ToDoubleFunction<ClosedLoopLoad.Result> p50 = r -> ttft ? r.ttftMillis(0.5) : r.latencyMillis(0.5);
                    ToDoubleFunction<ClosedLoopLoad.Result> p99 = r -> ttft ? r.ttftMillis(0.99) : r.latencyMillis(0.99);
                    sb.append("| ").append(latency).append(" ms | ").append(mode(stream)).append(" | ").append(conc)
                            .append(" | ").append(rounds(s, cells, k, Via.DIRECT, c -> fmt0(c.result().rps())))
                            .append(" | ").append(rounds(s, cells, k, Via.GATEWAY_OFF, c -> fmt0(c.result().rps())))
                            .append(" | ").append(rounds(s, cells, k, Via.GATEWAY_ON, c -> fmt0(c.result().rps())))
                            .append(" | ").append(rounds(s, cells, k, Via.GATEWAY_OFF, c -> added(cells, c, p50)))
                            .append(" | ").append(rounds(s, cells, k, Via.GATEWAY_ON, c -> added(cells, c, p50)))
                            .append(" | ").append(rounds(s, cells, k, Via.GATEWAY_OFF, c -> added(cells, c, p99)))
                            .append(" | ").append(rounds(s, cells, k, Via.GATEWAY_ON, c -> added(cells, c, p99)))
                            .append(" | ").append(rounds(s, cells, k, Via.GATEWAY_OFF, c -> fmt0(serverCpuMicros(c))))
                            .append(" | ").append(rounds(s, cells, k, Via.GATEWAY_ON, c -> fmt0(serverCpuMicros(c))))
                            .append(" | ").append(rounds(s, cells, k, Via.GATEWAY_OFF, c -> fmt0(c.result().probe().overheadMicros())))
                            .append(" | ").append(rounds(s, cells, k, Via.GATEWAY_ON, c -> fmt0(c.result().probe().overheadMicros())))
                            .append(" |\n");
                }
            }
        }
    }

    private static void table(StringBuilder sb, Settings s, List<Cell> cells, int latency, boolean stream, int conc) {
        Key k = new Key(latency, stream, conc);
        sb.append("\n### Fake latency ").append(latency).append(" ms, ").append(stream ? "streaming" : "non-streaming")
                .append(", concurrency ").append(conc).append("\n\n");
        sb.append("| path | req/s | p50 ms | p99 ms | added p50 ms | added p99 ms | first byte p50 ms | first byte p99 ms "
                + "| added first byte p50 | added first byte p99 | server CPU µs/req | in-gateway µs/req | errors |\n");
        sb.append("|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (Via via : s.vias()) {
            sb.append("| ").append(via.label)
                    .append(" | ").append(rounds(s, cells, k, via, c -> fmt0(c.result().rps())))
                    .append(" | ").append(rounds(s, cells, k, via, c -> fmt2(c.result().latencyMillis(0.5))))
                    .append(" | ").append(rounds(s, cells, k, via, c -> fmt2(c.result().latencyMillis(0.99))))
                    .append(" | ").append(rounds(s, cells, k, via, c -> added(cells, c, r -> r.latencyMillis(0.5))))
                    .append(" | ").append(rounds(s, cells, k, via, c -> added(cells, c, r -> r.latencyMillis(0.99))))
                    .append(" | ").append(rounds(s, cells, k, via, c -> fmt2(c.result().ttftMillis(0.5))))
                    .append(" | ").append(rounds(s, cells, k, via, c -> fmt2(c.result().ttftMillis(0.99))))
                    .append(" | ").append(rounds(s, cells, k, via, c -> added(cells, c, r -> r.ttftMillis(0.5))))
                    .append(" | ").append(rounds(s, cells, k, via, c -> added(cells, c, r -> r.ttftMillis(0.99))))
                    .append(" | ").append(via == Via.DIRECT ? "(fake) " : "")
                    .append(rounds(s, cells, k, via, c -> fmt0(serverCpuMicros(c))))
                    .append(" | ").append(rounds(s, cells, k, via, c -> fmt0(c.result().probe().overheadMicros())))
                    .append(" | ").append(rounds(s, cells, k, via, c -> String.valueOf(c.result().errors()))).append(" |\n");
        }
    }

    private record Key(int latency, boolean stream, int conc) {
    }

    private static String added(List<Cell> cells, Cell c, ToDoubleFunction<ClosedLoopLoad.Result> f) {
        if (c.via() == Via.DIRECT) return "-";
        return find(cells, c.round(), Via.DIRECT, new Key(c.latencyMs(), c.stream(), c.concurrency()))
                .map(d -> fmt2(f.applyAsDouble(c.result()) - f.applyAsDouble(d.result()))).orElse("-");
    }

    private static String rounds(Settings s, List<Cell> cells, Key k, Via via, Function<Cell, String> f) {
        return IntStream.rangeClosed(1, s.rounds())
                .mapToObj(round -> find(cells, round, via, k).map(f).orElse("-"))
                .collect(Collectors.joining(" / "));
    }

    private static Optional<Cell> find(List<Cell> cells, int round, Via via, Key k) {
        return cells.stream().filter(c -> c.round() == round && c.via() == via && c.latencyMs() == k.latency()
                && c.stream() == k.stream() && c.concurrency() == k.conc()).findFirst();
    }

    static String csv(List<Cell> cells) {
        var sb = new StringBuilder("round,path,fake_latency_ms,mode,concurrency,req_per_s,p50_ms,p99_ms,first_byte_p50_ms,"
                + "first_byte_p99_ms,server_cpu_us_per_req,in_gateway_us_per_req,ok,errors\n");
        for (Cell c : cells) {
            var r = c.result();
            sb.append(String.format(Locale.ROOT, "%d,%s,%d,%s,%d,%.1f,%.3f,%.3f,%.3f,%.3f,%.1f,%.1f,%d,%d%n", c.round(),
                    c.via().id, c.latencyMs(), mode(c.stream()), c.concurrency(), r.rps(), r.latencyMillis(0.5),
                    r.latencyMillis(0.99), r.ttftMillis(0.5), r.ttftMillis(0.99), serverCpuMicros(c),
                    r.probe().overheadMicros(), r.ok(), r.errors()));
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
        return Double.isNaN(v) || v < 0 ? "-" : String.format(Locale.ROOT, "%.0f", v);
    }

    private static String fmt2(double v) {
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.2f", v);
    }
}
