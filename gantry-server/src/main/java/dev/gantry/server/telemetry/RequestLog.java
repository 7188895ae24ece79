package dev.gantry.server.telemetry;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gantry.gateway.CapturedExchange;
import dev.gantry.gateway.RequestOutcome;
import dev.gantry.server.http.UsageJson;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;

/**
 * One JSON line per finished request: the ledger's fields and, when capture is on, the prompt and the answer,
 * PII-redacted and cut. A request only offers its outcome to a bounded queue (a full queue drops the line and
 * counts it in {@code gantry_telemetry_dropped_total{signal="logs"}}); building, redacting and writing the line
 * happen on the writer thread. Closing drains the queue, so an orderly shutdown loses nothing.
 */
public final class RequestLog implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int BATCH = 256;
    private final BlockingQueue<RequestOutcome> queue;
    private final OutputStream out;
    private final boolean closeOut;
    private final boolean capture;
    private final int maxChars;
    private final UnaryOperator<String> redactor;
    private final Counter dropped;
    private final Thread writer;
    private volatile boolean running = true;

    /**
     * @param out      where lines go; closed with this log when {@code closeOut}
     * @param redactor replaces personal data in captured text (the guard's PII detector)
     */
    public RequestLog(OutputStream out, boolean closeOut, boolean capture, int maxChars, int queueSize,
                      UnaryOperator<String> redactor, MeterRegistry registry) {
        this.queue = new ArrayBlockingQueue<>(queueSize);
        this.out = out;
        this.closeOut = closeOut;
        this.capture = capture;
        this.maxChars = maxChars;
        this.redactor = redactor;
        this.dropped = Counter.builder("gantry_telemetry_dropped").tag("signal", "logs")
                .description("telemetry dropped because its queue was full or the export failed").register(registry);
        this.writer = Thread.ofPlatform().daemon().name("gantry-request-log").start(this::run);
    }

    /** Appends to {@code file} (created with its directories). */
    public static OutputStream open(Path file) {
        try {
            Path dir = file.toAbsolutePath().getParent();
            if (dir != null) Files.createDirectories(dir);
            return Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the request log " + file, e);
        }
    }

    /** Called on the request's thread: never blocks. */
    public void record(RequestOutcome outcome) {
        if (!queue.offer(outcome)) dropped.increment();
    }

    private void run() {
        List<RequestOutcome> batch = new ArrayList<>(BATCH);
        while (running || !queue.isEmpty()) {
            try {
                RequestOutcome first = queue.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) continue;
                batch.add(first);
                queue.drainTo(batch, BATCH - 1);
                write(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void write(List<RequestOutcome> batch) {
        try {
            for (RequestOutcome o : batch) out.write(line(o));
            out.flush();
        } catch (IOException | RuntimeException e) {
            dropped.increment(batch.size());
            System.getLogger("dev.gantry.requests").log(System.Logger.Level.WARNING,
                    "writing the request log failed (" + e.getClass().getSimpleName() + ")");
        }
        batch.clear();
    }

    byte[] line(RequestOutcome o) throws IOException {
        Map<String, Object> m = UsageJson.record(o.usage());
        m.put("fallbacks", o.fallbacks());
        if (capture) {
            CapturedExchange c = o.capture().get();
            m.put("prompt", captured(c.prompt()));
            m.put("answer", captured(c.answer()));
        }
        byte[] json = JSON.writeValueAsBytes(m);
        byte[] line = new byte[json.length + 1];
        System.arraycopy(json, 0, line, 0, json.length);
        line[json.length] = '\n';
        return line;
    }

    /** Redacted first, then cut: a cut must not leave half of a value unredacted. */
    private String captured(String text) {
        if (text == null) return null;
        String redacted = redactor.apply(text);
        return redacted.length() <= maxChars ? redacted : redacted.substring(0, maxChars) + "...[cut]";
    }

    /** Writes what is queued, then stops. */
    @Override
    public void close() {
        running = false;
        try {
            writer.join(TimeUnit.SECONDS.toMillis(30));
            if (closeOut) out.close();
            else out.flush();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
