package dev.gantry.bench.serverchoice;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The server-choice benchmark (docs/decisions.md, "HTTP server and upstream client"). Starts the fixed upstream,
 * then each candidate proxy in turn in its own JVM, drives it with the closed-loop load generator for every mode
 * and concurrency, and writes a Markdown table. Rounds alternate the candidate order (forward, then reversed) so
 * drift on the shared machine does not always favour the same candidate.
 * Options ({@code --name=value}): rounds=2 warmup=10 measure=15 concurrency=16,64 modes=stream,json
 * candidates=direct,helidon-jdk,helidon-webclient,vertx,jetty out=target/serverchoice cancel=true
 * gap=0 (milliseconds the upstream waits before each streamed event; 0 = back to back, &gt;0 = paced like real tokens).
 */
public final class ServerChoiceBench {
    static final List<String> CHILD_JVM_FLAGS = List.of("-Xms512m", "-Xmx512m", "--enable-native-access=ALL-UNNAMED");

    record Settings(int rounds, long warmupSeconds, long measureSeconds, List<Integer> concurrency,
                    List<Boolean> streamModes, List<Candidate> candidates, Path out, boolean cancelCheck,
                    int gapMillis) {
        static Settings parse(String[] args) {
            Map<String, String> m = new LinkedHashMap<>(Map.of("rounds", "2", "warmup", "10", "measure", "15",
                    "concurrency", "16,64", "modes", "stream,json",
                    "candidates", "direct,helidon-jdk,helidon-webclient,vertx,jetty",
                    "out", "target/serverchoice", "cancel", "true", "gap", "0"));
            for (String a : args) {
                int eq = a.indexOf('=');
                String key = a.startsWith("--") && eq > 2 ? a.substring(2, eq) : "";
                if (!m.containsKey(key)) {
                    throw new IllegalArgumentException("unknown option '" + a + "'; expected --name=value with name one of " + m.keySet());
                }
                m.put(key, a.substring(eq + 1));
            }
            return new Settings(Integer.parseInt(m.get("rounds")), Long.parseLong(m.get("warmup")),
                    Long.parseLong(m.get("measure")),
                    Arrays.stream(m.get("concurrency").split(",")).map(Integer::valueOf).toList(),
                    Arrays.stream(m.get("modes").split(",")).map("stream"::equals).toList(),
                    Arrays.stream(m.get("candidates").split(",")).map(Candidate::of).toList(),
                    Path.of(m.get("out")), Boolean.parseBoolean(m.get("cancel")),
                    Integer.parseInt(m.get("gap")));
        }
    }

    /** One measured cell. */
    record Cell(int round, Candidate candidate, boolean stream, int concurrency, LoadGenerator.Result result) {
    }

    public static void main(String[] args) throws Exception {
        Settings s = Settings.parse(args);
        Files.createDirectories(s.out());
        String loadBefore = Report.loadAverage();
        int upstreamPort = ChildJvm.freePort();
        Process upstream = ChildJvm.start(CHILD_JVM_FLAGS, FixedUpstream.class, List.of(String.valueOf(upstreamPort)),
                s.out().resolve("upstream.log"));
        try {
            ChildJvm.awaitPort(upstreamPort, upstream);
            List<Cell> cells = new ArrayList<>();
            for (int round = 1; round <= s.rounds(); round++) {
                List<Candidate> order = new ArrayList<>(s.candidates());
                if (round % 2 == 0) order = order.reversed();
                for (Candidate c : order) cells.addAll(measure(s, round, c, upstreamPort, upstream));
            }
            Map<Candidate, String> cancellation = s.cancelCheck() ? checkCancellation(s, upstreamPort) : Map.of();
            String report = Report.markdown(s, cells, cancellation, loadBefore);
            Files.writeString(s.out().resolve("results.md"), report);
            Files.writeString(s.out().resolve("results.csv"), Report.csv(cells));
            System.out.println(report);
        } finally {
            ChildJvm.stop(upstream);
        }
    }

    private static List<Cell> measure(Settings s, int round, Candidate c, int upstreamPort, Process upstream)
            throws Exception {
        boolean direct = c == Candidate.DIRECT;
        int port = direct ? upstreamPort : ChildJvm.freePort();
        Process proxy = direct ? null : startProxy(s, c, port, upstreamPort, round);
        try {
            List<Cell> cells = new ArrayList<>();
            for (boolean stream : s.streamModes()) {
                for (int concurrency : s.concurrency()) {
                    Process measured = direct ? upstream : proxy;
                    var result = new LoadGenerator(port, stream, s.gapMillis()).run(concurrency, s.warmupSeconds() * 1000,
                            s.measureSeconds() * 1000, () -> ChildJvm.cpuNanos(measured));
                    Cell cell = new Cell(round, c, stream, concurrency, result);
                    System.out.println(Report.progressLine(cell));
                    cells.add(cell);
                }
            }
            return cells;
        } finally {
            if (proxy != null) ChildJvm.stop(proxy);
        }
    }

    private static Process startProxy(Settings s, Candidate c, int port, int upstreamPort, int round) throws Exception {
        Process p = ChildJvm.start(CHILD_JVM_FLAGS, ProxyMain.class,
                List.of(c.id(), String.valueOf(port), String.valueOf(upstreamPort)),
                s.out().resolve(c.id() + "-round" + round + ".log"));
        ChildJvm.awaitPort(port, p);
        return p;
    }

    private static Map<Candidate, String> checkCancellation(Settings s, int upstreamPort) throws Exception {
        Map<Candidate, String> verdicts = new LinkedHashMap<>();
        for (Candidate c : s.candidates()) {
            if (c == Candidate.DIRECT) continue;
            int port = ChildJvm.freePort();
            Process proxy = startProxy(s, c, port, upstreamPort, 0);
            try {
                verdicts.put(c, CancellationCheck.run(port, upstreamPort));
                System.out.println("cancellation " + c.id() + ": upstream streams cut " + verdicts.get(c));
            } finally {
                ChildJvm.stop(proxy);
            }
        }
        return verdicts;
    }
}
