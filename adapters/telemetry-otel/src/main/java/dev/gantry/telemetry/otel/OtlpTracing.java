package dev.gantry.telemetry.otel;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.exporter.otlp.http.trace.OtlpHttpSpanExporter;
import io.opentelemetry.exporter.otlp.http.trace.OtlpHttpSpanExporterBuilder;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.resources.Resource;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.samplers.Sampler;
import java.time.Duration;
import java.util.Map;

/**
 * Builds the OpenTelemetry SDK that exports Gantry's spans over OTLP/HTTP (protobuf), e.g. to an OpenTelemetry
 * Collector, Jaeger, Tempo or Langfuse's OTLP endpoint. Close the returned SDK on shutdown: it exports what is
 * still queued. Not registered as the global OpenTelemetry: the gateway gets it explicitly.
 */
public final class OtlpTracing {
    public static final int MAX_BATCH = 512;
    public static final Duration EXPORT_DELAY = Duration.ofSeconds(1);

    private OtlpTracing() {
    }

    /**
     * @param endpoint    the collector's traces URL, e.g. http://localhost:4318/v1/traces
     * @param sampleRatio share of new traces kept, in [0, 1]; a sampled parent keeps its children
     * @param queueSize   spans waiting for export before new ones are dropped (and counted)
     * @param headers     sent with every export (an API key, say); never logged
     */
    public static OpenTelemetrySdk start(String endpoint, String serviceName, double sampleRatio, int queueSize,
                                         Map<String, String> headers, MeterRegistry registry) {
        OtlpHttpSpanExporterBuilder exporter = OtlpHttpSpanExporter.builder().setEndpoint(endpoint)
                .setTimeout(Duration.ofSeconds(10));
        headers.forEach(exporter::addHeader);
        Counter dropped = Counter.builder("gantry_telemetry_dropped").tag("signal", "traces")
                .description("telemetry dropped because its queue was full or the export failed").register(registry);
        SdkTracerProvider provider = SdkTracerProvider.builder()
                .setResource(Resource.getDefault().merge(Resource.create(Attributes.of(
                        io.opentelemetry.api.common.AttributeKey.stringKey("service.name"), serviceName))))
                .setSampler(Sampler.parentBased(Sampler.traceIdRatioBased(sampleRatio)))
                .addSpanProcessor(new BoundedSpanProcessor(exporter.build(), queueSize, MAX_BATCH, EXPORT_DELAY, dropped))
                .build();
        return OpenTelemetrySdk.builder().setTracerProvider(provider).build();
    }
}
