package dev.gantry.bench.gatewayload;

import dev.gantry.core.keys.KeyHashing;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The gateway's YAML for one governance setting. Both settings route alias {@code bench-<N>ms} to the fake that
 * answers after N ms and price its model; "on" adds one virtual key with request and token limits and a budget
 * far above what the run can use, so every request is authenticated (SHA-256 of the bearer), counted against
 * two token buckets (rpm, tpm: the prompt is tokenised for tpm), has its worst-case cost reserved against the
 * budget and settled afterwards. "Off" has no keys, so none of that runs; the usage ledger (SQLite, batched) and
 * the metrics record every request in both settings: the ledger cannot be turned off.
 */
final class GatewayConfigFile {
    /** The bench key's secret: not a secret, it only exists in this harness's throwaway gateway. */
    static final String BENCH_KEY = "gk-bench-0000000000000000000000000000000000000000";

    /** What a cautious team would turn on: every request and answer checked by all three detectors. */
    private static final String GUARDS = """
            guards:
              policies:
                default:
                  input:
                    - {detector: injection, action: block}
                    - {detector: harmful, action: block}
                    - {detector: pii, action: pseudonymize}
                  output:
                    - {detector: pii, action: redact, types: [CREDIT_CARD, US_SSN, SECRET, IBAN_CODE]}
            """;

    private GatewayConfigFile() {
    }

    /**
     * @param fakePorts latency (ms) -> port of the fake answering after it
     * @param otlpPort  port of a local OTLP sink: turns on traces and the request log; -1: off
     * @param capture   with telemetry: the request log also captures prompts and answers (PII-redacted)
     */
    static Path write(Path file, Map<Integer, Integer> fakePorts, Via via, int otlpPort, boolean capture)
            throws IOException {
        boolean governance = via.governed();
        boolean guards = via == Via.GATEWAY_GUARDS;
        var y = new StringBuilder();
        y.append("# Written by dev.gantry.bench.gatewayload.GatewayConfigFile: governance ")
                .append(governance ? "on" : "off").append('\n');
        y.append("server: {host: 127.0.0.1, shutdown-grace: 2s}\n");
        y.append("providers:\n");
        fakePorts.forEach((latency, port) -> y.append("  - {name: ").append(provider(latency))
                .append(", type: openai, base-url: \"http://127.0.0.1:").append(port).append("/v1\"}\n"));
        y.append("models:\n");
        fakePorts.keySet().forEach(latency -> y.append("  - name: ").append(Workload.alias(latency)).append('\n')
                .append("    targets: [{provider: ").append(provider(latency)).append(", model: ")
                .append(Workload.DIRECT_MODEL).append("}]\n").append(cache(via)));
        y.append("prices:\n");
        fakePorts.keySet().forEach(latency -> y.append("  - {provider: ").append(provider(latency)).append(", model: ")
                .append(Workload.DIRECT_MODEL).append(", input: 0.15, output: 0.60, max-output: 16384}\n"));
        if (governance) {
            y.append("keys:\n");
            y.append("  - name: bench\n");
            y.append("    key-hash: ").append(KeyHashing.sha256(BENCH_KEY)).append('\n');
            y.append("    rpm: 1000000000        # far above the load: every request is counted, none refused\n");
            // Bucket4j refuses refill rates above 1 token/ns (60e9 per minute): a higher tpm fails every request
            y.append("    tpm: 10000000000\n");
            y.append("    budget: {usd: 1000000, per: total}\n");
        }
        if (guards) y.append(GUARDS);
        if (otlpPort > 0) {
            y.append("telemetry:\n");
            y.append("  traces: {otlp-endpoint: \"http://127.0.0.1:").append(otlpPort).append("/v1/traces\"}\n");
            y.append("  request-log: {file: \"").append(file.resolveSibling("requests.jsonl").toAbsolutePath())
                    .append("\", capture: ").append(capture).append("}\n");
        }
        Files.createDirectories(file.getParent());
        Files.writeString(file, y.toString());
        return file;
    }

    private static String cache(Via via) {
        return switch (via) {
            case GATEWAY_CACHED -> "    cache: {ttl: 1h}\n";
            case GATEWAY_SEMANTIC, GATEWAY_SEMANTIC_SEEN -> "    cache: {ttl: 1h, semantic: {}}\n";
            default -> "";
        };
    }

    private static String provider(int latencyMs) {
        return "fake" + latencyMs;
    }
}
