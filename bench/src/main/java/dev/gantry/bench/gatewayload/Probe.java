package dev.gantry.bench.gatewayload;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * What the harness reads from the server JVMs at the edges of a measured window: their CPU time, and the
 * gateway's own {@code gantry_overhead} timer (time in the gateway outside the provider call, as the gateway
 * measures it) from GET /metrics. Sum and count deltas give an exact mean for the window; the timer's
 * published percentiles decay over minutes and would mix cells, so they are not used.
 *
 * @param gateway the gateway process, or null on the direct path
 * @param metricsPort the gateway's port for /metrics, or -1
 */
record Probe(Process fake, Process gateway, int metricsPort) {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    record Sample(long fakeCpuNanos, long gatewayCpuNanos, double overheadSeconds, double overheadCount) {
    }

    /** Window deltas; -1 / NaN where not measured. */
    record Delta(long fakeCpuNanos, long gatewayCpuNanos, double overheadSeconds, double overheadCount) {
        static Delta between(Sample a, Sample b) {
            return new Delta(diff(a.fakeCpuNanos(), b.fakeCpuNanos()), diff(a.gatewayCpuNanos(), b.gatewayCpuNanos()),
                    b.overheadSeconds() - a.overheadSeconds(), b.overheadCount() - a.overheadCount());
        }

        private static long diff(long a, long b) {
            return a < 0 || b < 0 ? -1 : b - a;
        }

        /** Mean gantry_overhead per request in the window, µs. */
        double overheadMicros() {
            return overheadCount > 0 ? overheadSeconds / overheadCount * 1e6 : Double.NaN;
        }
    }

    Sample sample() {
        double[] overhead = metricsPort > 0 ? overhead() : new double[]{Double.NaN, Double.NaN};
        return new Sample(Processes.cpuNanos(fake), gateway == null ? -1 : Processes.cpuNanos(gateway),
                overhead[0], overhead[1]);
    }

    /** {sum seconds, count} of gantry_overhead, or NaNs when /metrics cannot be read. */
    private double[] overhead() {
        try {
            HttpRequest req = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + metricsPort + "/metrics"))
                    .timeout(Duration.ofSeconds(5)).GET().build();
            String text = HTTP.send(req, HttpResponse.BodyHandlers.ofString()).body();
            return new double[]{value(text, "gantry_overhead_seconds_sum"), value(text, "gantry_overhead_seconds_count")};
        } catch (Exception e) {
            return new double[]{Double.NaN, Double.NaN};
        }
    }

    /** The value of an untagged Prometheus sample line "name value" (tagged lines start "name{"). */
    static double value(String exposition, String name) {
        for (String line : exposition.split("\n")) {
            if (line.startsWith(name + " ")) return Double.parseDouble(line.substring(name.length() + 1).trim());
        }
        return Double.NaN;
    }
}
