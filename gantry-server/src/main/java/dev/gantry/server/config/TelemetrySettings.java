package dev.gantry.server.config;

import java.util.Map;

/**
 * The {@code telemetry:} section. Everything is off unless configured.
 *
 * @param traces     OTLP trace export; null: no traces
 * @param requestLog the JSON request log; null: none
 */
public record TelemetrySettings(Traces traces, RequestLog requestLog) {
    public static final TelemetrySettings OFF = new TelemetrySettings(null, null);

    /**
     * @param endpoint the collector's traces URL (OTLP/HTTP protobuf)
     * @param headers  sent with every export; secrets allowed (never logged)
     */
    public record Traces(String endpoint, String serviceName, double sampleRatio, int queueSize,
                         Map<String, String> headers) {
        public Traces {
            headers = Map.copyOf(headers);
        }
    }

    /**
     * @param file            a path, or {@code stdout}
     * @param capture         also log the prompt and the answer, PII-redacted and cut to {@code captureMaxChars}
     */
    public record RequestLog(String file, boolean capture, int captureMaxChars, int queueSize) {
        public boolean toStdout() {
            return "stdout".equals(file);
        }
    }
}
