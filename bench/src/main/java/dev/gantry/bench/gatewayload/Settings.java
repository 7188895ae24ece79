package dev.gantry.bench.gatewayload;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Options of {@link GatewayLoadBench} ({@code --name=value}).
 *
 * @param warmupSeconds  unmeasured load before each cell's window (fresh connections, JIT already warm)
 * @param primeSeconds   unmeasured load per gateway and mode before round 1, so round 1 does not pay for the JIT
 * @param dataRoot       where each gateway's data-dir (SQLite ledger) goes; /dev/shm/... keeps it off the disk
 * @param jfr            record each gateway JVM with JFR (profile settings) into {@code out}/gateway-*.jfr
 */
record Settings(int rounds, long warmupSeconds, long measureSeconds, long primeSeconds, List<Integer> concurrency,
                List<Integer> latenciesMs, List<Boolean> streamModes, List<Via> vias, Path out, Path dataRoot,
                String heap, boolean jfr, boolean capture) {

    static final Map<String, String> DEFAULTS = defaults();

    private static Map<String, String> defaults() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("rounds", "2");
        m.put("warmup", "3");
        m.put("measure", "10");
        m.put("prime", "5");
        m.put("concurrency", "16,64");
        m.put("latencies", "0,50");
        m.put("modes", "json,stream");
        m.put("paths", "direct,off,on");
        m.put("out", "target/gatewayload");
        m.put("data", "target/gatewayload/data");
        m.put("heap", "512m");
        m.put("jfr", "false");
        m.put("capture", "true");
        return m;
    }

    static Settings parse(String[] args) {
        Map<String, String> m = new LinkedHashMap<>(DEFAULTS);
        for (String a : args) {
            int eq = a.indexOf('=');
            String key = a.startsWith("--") && eq > 2 ? a.substring(2, eq) : "";
            if (!m.containsKey(key)) {
                throw new IllegalArgumentException("unknown option '" + a + "'; expected --name=value with name one of " + m.keySet());
            }
            m.put(key, a.substring(eq + 1));
        }
        return new Settings(Integer.parseInt(m.get("rounds")), Long.parseLong(m.get("warmup")),
                Long.parseLong(m.get("measure")), Long.parseLong(m.get("prime")), ints(m.get("concurrency")),
                ints(m.get("latencies")), Arrays.stream(m.get("modes").split(",")).map(Settings::stream).toList(),
                Arrays.stream(m.get("paths").split(",")).map(Via::of).toList(), Path.of(m.get("out")),
                Path.of(m.get("data")), m.get("heap"), Boolean.parseBoolean(m.get("jfr")),
                Boolean.parseBoolean(m.get("capture")));
    }

    private static List<Integer> ints(String csv) {
        return Arrays.stream(csv.split(",")).map(String::trim).map(Integer::valueOf).toList();
    }

    private static boolean stream(String mode) {
        return switch (mode.trim()) {
            case "stream" -> true;
            case "json" -> false;
            default -> throw new IllegalArgumentException("mode '" + mode + "' is not one of json, stream");
        };
    }

    /** Main class of the fake provider JVM. */
    String fakeMain() {
        return "dev.gantry.testkit.FakeProvider";
    }
}
