package dev.gantry.server.config;

import java.math.BigDecimal;

/** Reads the {@code telemetry:} section; see {@link TelemetrySettings}. */
final class TelemetryConfig {
    private TelemetryConfig() {
    }

    static TelemetrySettings read(Node n) {
        if (n == null) return TelemetrySettings.OFF;
        TelemetrySettings.Traces traces = traces(n.object("traces"));
        TelemetrySettings.RequestLog log = requestLog(n.object("request-log"));
        n.finish();
        return new TelemetrySettings(traces, log);
    }

    private static TelemetrySettings.Traces traces(Node t) {
        if (t == null) return null;
        String endpoint = t.required("otlp-endpoint");
        if (endpoint != null && !endpoint.startsWith("http://") && !endpoint.startsWith("https://")) {
            t.problem("otlp-endpoint", "'" + endpoint + "' is not an http(s) URL, e.g. http://localhost:4318/v1/traces");
        }
        String service = t.string("service-name", "gantry");
        double ratio = t.decimal("sample-ratio", BigDecimal.ONE).doubleValue();
        if (ratio < 0 || ratio > 1) t.problem("sample-ratio", ratio + " is not between 0 and 1");
        int queue = (int) t.integer("queue-size", 2_048, 16);
        var headers = t.stringMap("headers");
        t.finish();
        return endpoint == null ? null : new TelemetrySettings.Traces(endpoint, service, ratio, queue, headers);
    }

    private static TelemetrySettings.RequestLog requestLog(Node l) {
        if (l == null) return null;
        String file = l.required("file");
        boolean capture = l.bool("capture", false);
        int maxChars = (int) l.integer("capture-max-chars", 2_000, 0);
        int queue = (int) l.integer("queue-size", 10_000, 16);
        l.finish();
        return file == null ? null : new TelemetrySettings.RequestLog(file, capture, maxChars, queue);
    }
}
