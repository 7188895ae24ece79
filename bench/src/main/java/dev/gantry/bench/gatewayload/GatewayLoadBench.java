package dev.gantry.bench.gatewayload;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The gateway load harness: fake provider (0 ms and 50 ms latency) &lt;- gateway &lt;- load generator, against the
 * same fake called directly, with governance (auth, limits, budgets) off and on, plain and streaming. Fakes and
 * gateways each run in their own JVM; this JVM is the load generator. Within a round the three paths of a cell
 * run back to back (round 2 in reverse order), so their difference is measured under the same machine load.
 * Options: see {@link Settings} and bench/README.md.
 */
public final class GatewayLoadBench {
    static final String GATEWAY_MAIN = "dev.gantry.server.cli.Main";

    /** One measured cell. */
    record Cell(int round, Via via, int latencyMs, boolean stream, int concurrency, ClosedLoopLoad.Result result) {
    }

    /** A running fake or gateway. */
    record Server(Process process, int port) {
    }

    private final Settings s;
    private final Map<Integer, Server> fakes = new LinkedHashMap<>();
    private final Map<Via, Server> gateways = new LinkedHashMap<>();

    private GatewayLoadBench(Settings s) {
        this.s = s;
    }

    public static void main(String[] args) throws Exception {
        Settings s = Settings.parse(args);
        new GatewayLoadBench(s).run();
    }

    private void run() throws Exception {
        Files.createDirectories(s.out());
        deleteTree(s.dataRoot());
        String loadBefore = Report.loadAverage();
        long started = System.nanoTime();
        try {
            for (int latency : s.latenciesMs()) fakes.put(latency, startFake(latency));
            for (Via v : s.vias()) if (v.throughGateway()) gateways.put(v, startGateway(v));
            prime();
            Map<Via, Double> measuredFrom = new LinkedHashMap<>();
            gateways.forEach((v, g) -> measuredFrom.put(v, uptimeSeconds(g.process())));
            List<Cell> cells = new ArrayList<>();
            for (int round = 1; round <= s.rounds(); round++) cells.addAll(round(round));
            for (Server g : gateways.values()) Processes.stop(g.process()); // flushes the GC logs
            writeReport(cells, measuredFrom, loadBefore, (System.nanoTime() - started) / 1e9);
        } finally {
            for (Server g : gateways.values()) Processes.stop(g.process());
            for (Server f : fakes.values()) Processes.stop(f.process());
            OtlpSink.stop(); // its server thread would keep this JVM alive
        }
    }

    private void writeReport(List<Cell> cells, Map<Via, Double> measuredFrom, String loadBefore, double wallSeconds)
            throws IOException {
        Map<Via, String> gc = new LinkedHashMap<>();
        for (Via v : gateways.keySet()) gc.put(v, GcLog.summary(gcLog(v), measuredFrom.get(v)));
        String report = Report.markdown(s, cells, gc, loadBefore, wallSeconds);
        Files.writeString(s.out().resolve("results.md"), report);
        Files.writeString(s.out().resolve("results.csv"), Report.csv(cells));
        System.out.println(report);
    }

    private List<Cell> round(int round) throws Exception {
        List<Via> order = new ArrayList<>(s.vias());
        if (round % 2 == 0) order = order.reversed();
        List<Cell> cells = new ArrayList<>();
        for (int latency : s.latenciesMs()) {
            for (boolean stream : s.streamModes()) {
                for (int conc : s.concurrency()) {
                    for (Via via : order) {
                        Cell c = new Cell(round, via, latency, stream, conc, measure(via, latency, stream, conc,
                                s.warmupSeconds(), s.measureSeconds()));
                        System.out.println(Report.progressLine(c));
                        cells.add(c);
                    }
                }
            }
        }
        return cells;
    }

    /** Unmeasured load on every path (both modes, first latency) so round 1 runs on compiled code. */
    private void prime() throws Exception {
        if (s.primeSeconds() <= 0) return;
        int latency = s.latenciesMs().get(0);
        for (Via via : s.vias()) {
            for (boolean stream : s.streamModes()) {
                var r = measure(via, latency, stream, s.concurrency().get(0), 0, s.primeSeconds());
                System.out.printf("primed %s %s: %.0f req/s, errors %d%s%n", via.id, stream ? "stream" : "json", r.rps(),
                        r.errors(), r.firstError() == null ? "" : " (first: " + r.firstError() + ")");
            }
        }
    }

    private ClosedLoopLoad.Result measure(Via via, int latency, boolean stream, int conc, long warmupSeconds,
                                          long measureSeconds) throws Exception {
        Server fake = fakes.get(latency);
        Server gateway = gateways.get(via);
        int port = via.throughGateway() ? gateway.port() : fake.port();
        String bearer = via.governed() ? GatewayConfigFile.BENCH_KEY : null;
        Probe probe = new Probe(fake.process(), gateway == null ? null : gateway.process(),
                gateway == null ? -1 : gateway.port());
        return new ClosedLoopLoad(via, port, Workload.model(via, latency), stream, bearer)
                .run(conc, warmupSeconds * 1000, measureSeconds * 1000, probe);
    }

    private Server startFake(int latencyMs) throws Exception {
        int port = Processes.freePort();
        Path log = s.out().resolve("fake-" + latencyMs + "ms.log");
        Process p = Processes.startJvm(jvmFlags(null), s.fakeMain(),
                List.of("--port", String.valueOf(port), "--latency-ms", String.valueOf(latencyMs)), log);
        Processes.awaitPort(port, p, log);
        return new Server(p, port);
    }

    private Server startGateway(Via via) throws Exception {
        Map<Integer, Integer> fakePorts = new LinkedHashMap<>();
        fakes.forEach((latency, f) -> fakePorts.put(latency, f.port()));
        Path config = GatewayConfigFile.write(s.out().resolve("gateway-" + via.id + ".yaml"), fakePorts, via,
                via == Via.GATEWAY_TELEMETRY ? OtlpSink.port() : -1, s.capture());
        int port = Processes.freePort();
        Path log = s.out().resolve("gateway-" + via.id + ".log");
        Process p = Processes.startJvm(jvmFlags(via), GATEWAY_MAIN, List.of("serve", "--config", config.toString(),
                "--port", String.valueOf(port), "--data-dir", s.dataRoot().resolve(via.id).toString()), log);
        Processes.awaitPort(port, p, log);
        return new Server(p, port);
    }

    private List<String> jvmFlags(Via gateway) {
        List<String> flags = new ArrayList<>(List.of("-Xms" + s.heap(), "-Xmx" + s.heap(), "--enable-native-access=ALL-UNNAMED"));
        if (gateway != null) flags.add(GcLog.flag(gcLog(gateway)));
        if (gateway != null && s.jfr()) {
            flags.add("-XX:StartFlightRecording=settings=profile,dumponexit=true,filename="
                    + s.out().resolve("gateway-" + gateway.id + ".jfr").toAbsolutePath());
        }
        return flags;
    }

    private static double uptimeSeconds(Process p) {
        return p.toHandle().info().startInstant()
                .map(t -> java.time.Duration.between(t, java.time.Instant.now()).toMillis() / 1000.0).orElse(0.0);
    }

    private Path gcLog(Via gateway) {
        return s.out().resolve("gateway-" + gateway.id + "-gc.log");
    }

    /** Each run starts with empty ledgers, so SQLite file size is the same for every run. */
    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) return;
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }
}
