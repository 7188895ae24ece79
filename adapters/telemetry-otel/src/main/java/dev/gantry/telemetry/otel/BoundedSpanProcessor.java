package dev.gantry.telemetry.otel;

import io.micrometer.core.instrument.Counter;
import io.opentelemetry.context.Context;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.ReadWriteSpan;
import io.opentelemetry.sdk.trace.ReadableSpan;
import io.opentelemetry.sdk.trace.SpanProcessor;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Hands finished spans to an exporter in batches on its own thread. A request only ever offers a span to a bounded
 * queue: when the queue is full (the collector is slow or down) the span is dropped and counted in
 * {@code gantry_telemetry_dropped_total{signal="traces"}}, never waited for. The SDK's BatchSpanProcessor drops the
 * same way but reports drops only through OpenTelemetry metrics, which this service does not run.
 */
public final class BoundedSpanProcessor implements SpanProcessor {
    private static final Duration EXPORT_TIMEOUT = Duration.ofSeconds(10);
    private final SpanExporter exporter;
    private final BlockingQueue<ReadableSpan> queue;
    private final int maxBatch;
    private final Duration delay;
    private final Counter dropped;
    private final Thread worker;
    private volatile boolean running = true;

    public BoundedSpanProcessor(SpanExporter exporter, int capacity, int maxBatch, Duration delay, Counter dropped) {
        this.exporter = exporter;
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.maxBatch = maxBatch;
        this.delay = delay;
        this.dropped = dropped;
        this.worker = Thread.ofPlatform().daemon().name("gantry-span-export").start(this::run);
    }

    @Override
    public void onStart(Context parent, ReadWriteSpan span) {
    }

    @Override
    public boolean isStartRequired() {
        return false;
    }

    @Override
    public void onEnd(ReadableSpan span) {
        if (!span.getSpanContext().isSampled()) return;
        if (!queue.offer(span)) dropped.increment(); // an ended span is immutable: copied on the export thread
    }

    @Override
    public boolean isEndRequired() {
        return true;
    }

    private void run() {
        List<ReadableSpan> batch = new ArrayList<>(maxBatch);
        while (running) {
            try {
                ReadableSpan first = queue.poll(delay.toMillis(), TimeUnit.MILLISECONDS);
                if (first == null) continue;
                batch.add(first);
                queue.drainTo(batch, maxBatch - 1);
                export(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** A failed export loses that batch (and counts it): retrying would only grow the backlog. */
    private void export(List<ReadableSpan> batch) {
        List<SpanData> data = new ArrayList<>(batch.size());
        for (ReadableSpan s : batch) data.add(s.toSpanData());
        CompletableResultCode result = exporter.export(data);
        if (!result.join(EXPORT_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS).isSuccess()) dropped.increment(batch.size());
        batch.clear();
    }

    /** Exports everything queued so far, on the caller's thread. */
    @Override
    public CompletableResultCode forceFlush() {
        List<ReadableSpan> rest = new ArrayList<>();
        queue.drainTo(rest);
        for (int i = 0; i < rest.size(); i += maxBatch) {
            export(new ArrayList<>(rest.subList(i, Math.min(rest.size(), i + maxBatch))));
        }
        return exporter.flush();
    }

    /** Orderly shutdown: stop the worker, export what is queued, close the exporter. */
    @Override
    public CompletableResultCode shutdown() {
        running = false; // the worker sees it within one poll delay, after finishing any export in progress
        try {
            worker.join(delay.plus(EXPORT_TIMEOUT).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        forceFlush().join(EXPORT_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        return exporter.shutdown();
    }
}
