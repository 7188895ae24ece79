package dev.gantry.testkit;

import io.helidon.webserver.WebServer;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * A real HTTP server on 127.0.0.1 that speaks the OpenAI, Anthropic and Gemini dialects with scripted
 * behaviour: the upstream of every provider adapter test, and of the load harness.
 *
 * <pre>{@code
 * try (FakeProvider fake = FakeProvider.start()) {
 *     fake.enqueue(FakeScript.text("Hello there world").usage(12, 3, 0, 0, 0));
 *     // point an adapter at fake.baseUrl() + "/v1" ...
 *     assertThat(fake.requests().get(0).model()).isEqualTo("gpt-4o");
 * }
 * }</pre>
 *
 * Each incoming request, on any endpoint, takes the next script (FIFO); with an empty queue the model name
 * decides (see {@link FakeScript} and the package docs): {@code fake-tool}, {@code fake-slow-<ms>},
 * {@code fake-error-<status>}, {@code fake-429}; any other model answers "You said: &lt;last user text&gt;".
 * Every request is recorded before it is answered.
 */
public final class FakeProvider implements AutoCloseable {
    private final WebServer server;
    private final FakeState state;
    private final String host;

    private FakeProvider(WebServer server, FakeState state, String host) {
        this.server = server;
        this.state = state;
        this.host = host;
    }

    /** Starts on an ephemeral port of 127.0.0.1. */
    public static FakeProvider start() {
        return start("127.0.0.1", 0);
    }

    /** Starts on {@code port} (0 = ephemeral) of 127.0.0.1. */
    public static FakeProvider start(int port) {
        return start("127.0.0.1", port);
    }

    public static FakeProvider start(String host, int port) {
        FakeState state = new FakeState();
        FakeRouter router = new FakeRouter(state);
        WebServer server = WebServer.builder()
                .host(host)
                .port(port)
                .backlog(4096)
                // without it keep-alive SSE streams stall ~40 ms per event burst (Nagle + delayed ACK)
                .connectionOptions(o -> o.tcpNoDelay(true))
                .shutdownGracePeriod(Duration.ofMillis(200))
                .routing(r -> r.any(router))
                .build()
                .start();
        state.batches().baseUrl("http://" + host + ":" + server.port());
        return new FakeProvider(server, state, host);
    }

    /** "http://127.0.0.1:PORT", no path: adapters add their own ("/v1", "/v1beta"...). */
    public String baseUrl() {
        return "http://" + host + ":" + server.port();
    }

    public int port() {
        return server.port();
    }

    /** Queues scripts; each incoming request takes the next one, in order, whatever its endpoint. */
    public void enqueue(FakeScript... scripts) {
        for (FakeScript s : scripts) state.enqueue(s);
    }

    /** Scripts not yet taken by a request. */
    public int pendingScripts() {
        return state.pendingScripts();
    }

    /** A snapshot of the requests received so far, in arrival order. */
    public List<RecordedRequest> requests() {
        return state.requests();
    }

    /** The last request received; fails when there was none. */
    public RecordedRequest lastRequest() {
        List<RecordedRequest> all = requests();
        if (all.isEmpty()) throw new IllegalStateException("the fake provider has received no request yet");
        return all.get(all.size() - 1);
    }

    /** Forgets scripts, recorded requests and latency, and ends every stall still in progress. */
    public void reset() {
        state.reset();
    }

    /** Delay before every response's headers, on top of any script's own latency. */
    public void latency(Duration latency) {
        state.latency(latency == null ? Duration.ZERO : latency);
    }

    /**
     * Batches (OpenAI and Anthropic batch APIs) stay in progress while held, however often they are polled; released,
     * each moves on one step per poll (see {@code FakeBatches}). Off by default; {@link #reset} turns it off.
     */
    public void holdBatches(boolean on) {
        state.batches().hold(on);
    }

    /** The item bodies of batch {@code batchId} (compact JSON, item order); fails for an unknown batch. */
    public List<String> batchItemBodies(String batchId) {
        return state.batches().itemBodies(batchId);
    }

    /** Ends every unfinished batch as expired: its items never ran. */
    public void expireRunningBatches() {
        state.batches().expireRunning();
    }

    /** Recording is on by default; a long benchmark run turns it off so memory stays flat. */
    public void recording(boolean on) {
        state.recording(on);
    }

    /** The vector the fake returns for {@code text} (deterministic, unit length). */
    public static float[] embeddingOf(String text, int dimensions) {
        return Vectors.of(text, dimensions);
    }

    /** The vector the fake returns when the request names no dimensions (8 values). */
    public static float[] embeddingOf(String text) {
        return Vectors.of(text, Vectors.DEFAULT_DIMENSIONS);
    }

    @Override
    public void close() {
        state.gate().releaseAll();
        server.stop();
    }

    /**
     * Runs the fake standalone, e.g. as the upstream of a load test:
     * {@code java -cp ... dev.gantry.testkit.FakeProvider --port 8090 --latency-ms 50 [--host 0.0.0.0]}.
     * Recording is off, so memory stays flat however long it runs.
     */
    public static void main(String[] args) throws InterruptedException {
        StandaloneOptions options = StandaloneOptions.parse(Arrays.asList(args));
        FakeProvider fake = start(options.host(), options.port());
        fake.recording(false);
        fake.latency(Duration.ofMillis(options.latencyMs()));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            fake.close();
            stopped.countDown();
        }));
        System.out.println("Fake provider listening on " + fake.baseUrl() + " (latency " + options.latencyMs() + " ms)");
        stopped.await();
    }
}
