package dev.gantry.server.telemetry;

import dev.gantry.gateway.RequestOutcome;
import dev.gantry.server.config.TelemetrySettings;
import dev.gantry.telemetry.otel.OtlpTracing;
import io.micrometer.core.instrument.MeterRegistry;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import java.nio.file.Path;

/**
 * The configured telemetry beyond metrics: OTLP traces and the JSON request log, each off unless configured.
 * Closing flushes both (an orderly shutdown loses no queued span or line).
 */
public final class Telemetry implements AutoCloseable {
    private final OpenTelemetrySdk sdk;
    private final RequestLog requestLog;

    private Telemetry(OpenTelemetrySdk sdk, RequestLog requestLog) {
        this.sdk = sdk;
        this.requestLog = requestLog;
    }

    public static Telemetry start(TelemetrySettings settings, MeterRegistry registry) {
        TelemetrySettings.Traces t = settings.traces();
        OpenTelemetrySdk sdk = t == null ? null : OtlpTracing.start(t.endpoint(), t.serviceName(), t.sampleRatio(),
                t.queueSize(), t.headers(), registry);
        TelemetrySettings.RequestLog l = settings.requestLog();
        RequestLog log = l == null ? null : new RequestLog(l.toStdout() ? System.out : RequestLog.open(Path.of(l.file())),
                !l.toStdout(), l.capture(), l.captureMaxChars(), l.queueSize(), new PiiRedactor(), registry);
        return new Telemetry(sdk, log);
    }

    /** The OpenTelemetry the gateway and RAG trace with: a no-op one when traces are off. */
    public OpenTelemetry otel() {
        return sdk == null ? OpenTelemetry.noop() : sdk;
    }

    /** From the outcome listener, on the request's thread: only enqueues. */
    public void record(RequestOutcome outcome) {
        if (requestLog != null) requestLog.record(outcome);
    }

    @Override
    public void close() {
        if (requestLog != null) requestLog.close();
        if (sdk != null) sdk.close();
    }
}
