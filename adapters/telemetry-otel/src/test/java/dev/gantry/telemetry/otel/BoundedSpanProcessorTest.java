package dev.gantry.telemetry.otel;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import java.time.Duration;
import java.util.Collection;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class BoundedSpanProcessorTest {
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final Counter dropped = registry.counter("dropped");

    @Test
    void should_export_every_span_and_flush_the_rest_on_shutdown() {
        java.util.List<SpanData> exported = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        SpanExporter collecting = exporter(spans -> {
            exported.addAll(spans);
            return CompletableResultCode.ofSuccess();
        });
        SdkTracerProvider provider = SdkTracerProvider.builder()
                .addSpanProcessor(new BoundedSpanProcessor(collecting, 1_000, 50, Duration.ofMillis(20), dropped)).build();
        Tracer tracer = provider.get("test");
        for (int i = 0; i < 300; i++) tracer.spanBuilder("s" + i).startSpan().end();
        provider.shutdown().join(10, TimeUnit.SECONDS);
        assertThat(exported).hasSize(300);
        assertThat(dropped.count()).isZero();
    }

    @Test
    void should_drop_and_count_instead_of_waiting_when_the_exporter_is_stuck() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        SpanExporter stuck = exporter(spans -> {
            CompletableResultCode r = new CompletableResultCode();
            Thread.ofVirtual().start(() -> {
                try {
                    release.await();
                } catch (InterruptedException ignored) {
                    Thread.currentThread().interrupt();
                }
                r.succeed();
            });
            return r;
        });
        SdkTracerProvider provider = SdkTracerProvider.builder()
                .addSpanProcessor(new BoundedSpanProcessor(stuck, 10, 5, Duration.ofMillis(5), dropped)).build();
        Tracer tracer = provider.get("test");
        for (int i = 0; i < 100; i++) tracer.spanBuilder("s" + i).startSpan().end(); // returns at once though stuck
        assertThat(dropped.count()).isGreaterThanOrEqualTo(100 - 10 - 5);
        release.countDown();
        provider.shutdown().join(10, TimeUnit.SECONDS);
    }

    /** An exporter whose export is {@code export}; flush and shutdown succeed at once. */
    private static SpanExporter exporter(java.util.function.Function<Collection<SpanData>, CompletableResultCode> export) {
        return new SpanExporter() {
            @Override
            public CompletableResultCode export(Collection<SpanData> spans) {
                return export.apply(spans);
            }

            @Override
            public CompletableResultCode flush() {
                return CompletableResultCode.ofSuccess();
            }

            @Override
            public CompletableResultCode shutdown() {
                return CompletableResultCode.ofSuccess();
            }
        };
    }
}
