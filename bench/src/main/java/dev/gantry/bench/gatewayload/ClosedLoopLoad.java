package dev.gantry.bench.gatewayload;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Closed-loop load (as in serverchoice's LoadGenerator): {@code concurrency} platform threads, each with one
 * keep-alive connection, sending the same request back to back through warm-up + measurement. Only requests
 * that start and finish inside the measured window count; an answer that fails {@link Workload#answered} is an
 * error, so a path that drops or mangles the answer cannot look fast. The probe is sampled at the window's
 * edges (CPU time of the server JVMs, the gateway's own overhead meter).
 */
final class ClosedLoopLoad {
    /** Latencies in microseconds, sorted; ttft = request written -> first body byte (the first SSE event). */
    record Result(long ok, long errors, String firstError, double seconds, long[] latencyMicros, long[] ttftMicros,
                  Probe.Delta probe, long cacheHits) {
        /** The share of measured answers the gateway said came from a cache (x-gantry-cache: hit or semantic-hit). */
        double cacheHitShare() {
            return ok == 0 ? Double.NaN : (double) cacheHits / ok;
        }

        double rps() {
            return ok / seconds;
        }

        double latencyMillis(double q) {
            return percentile(latencyMicros, q) / 1000.0;
        }

        double ttftMillis(double q) {
            return percentile(ttftMicros, q) / 1000.0;
        }

        private static double percentile(long[] sorted, double q) {
            if (sorted.length == 0) return Double.NaN;
            return sorted[(int) Math.round(q * (sorted.length - 1))];
        }
    }

    private final int port;
    private final List<byte[]> requests;
    /**
     * Hands out the requests in turn across all workers and all cells of the run (the gateway of a path lives
     * through every cell), so each wording is sent once before any repeats.
     */
    private static final AtomicInteger NEXT_REQUEST = new AtomicInteger();
    private final boolean stream;

    ClosedLoopLoad(Via via, int port, String model, boolean stream, String bearer) {
        this.port = port;
        this.requests = Workload.requests(via, port, model, stream, bearer);
        this.stream = stream;
    }

    private byte[] nextRequest() {
        return requests.size() == 1 ? requests.get(0) : requests.get(Math.floorMod(NEXT_REQUEST.getAndIncrement(), requests.size()));
    }

    Result run(int concurrency, long warmupMillis, long measureMillis, Probe probe) throws Exception {
        long measureStart = System.nanoTime() + warmupMillis * 1_000_000;
        long measureEnd = measureStart + measureMillis * 1_000_000;
        List<Worker> workers = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < concurrency; i++) {
            Worker w = new Worker(measureStart, measureEnd);
            workers.add(w);
            threads.add(Thread.ofPlatform().name("load-" + i).daemon(true).start(w));
        }
        sleepUntil(measureStart);
        Probe.Sample before = probe.sample();
        sleepUntil(measureEnd);
        Probe.Sample after = probe.sample();
        for (Thread t : threads) t.join(60_000);
        return merge(workers, measureMillis / 1000.0, Probe.Delta.between(before, after));
    }

    private static Result merge(List<Worker> workers, double seconds, Probe.Delta probe) {
        int ok = 0;
        long errors = 0;
        long hits = 0;
        String firstError = null;
        for (Worker w : workers) {
            ok += w.latencies.size;
            errors += w.errors;
            hits += w.cacheHits;
            if (firstError == null) firstError = w.firstError;
        }
        long[] lat = new long[ok];
        long[] ttft = new long[ok];
        int at = 0;
        for (Worker w : workers) {
            System.arraycopy(w.latencies.values, 0, lat, at, w.latencies.size);
            System.arraycopy(w.ttft.values, 0, ttft, at, w.ttft.size);
            at += w.latencies.size;
        }
        Arrays.sort(lat);
        Arrays.sort(ttft);
        return new Result(ok, errors, firstError, seconds, lat, ttft, probe, hits);
    }

    private final class Worker implements Runnable {
        final long measureStart;
        final long measureEnd;
        final LongList latencies = new LongList();
        final LongList ttft = new LongList();
        long errors;
        long cacheHits;
        String firstError;
        private Socket socket;
        private HttpWire wire;

        Worker(long measureStart, long measureEnd) {
            this.measureStart = measureStart;
            this.measureEnd = measureEnd;
        }

        @Override
        public void run() {
            while (System.nanoTime() < measureEnd) {
                try {
                    if (socket == null) connect();
                    if (!exchange()) disconnect();
                } catch (IOException | RuntimeException e) {
                    long now = System.nanoTime();
                    if (now >= measureStart && now <= measureEnd) error(e.toString());
                    disconnect();
                }
            }
            disconnect();
        }

        /** @return false when the server asked to close the connection */
        private boolean exchange() throws IOException {
            long t0 = System.nanoTime();
            socket.getOutputStream().write(nextRequest());
            HttpWire.Head head = wire.readHead();
            if (head == null) throw new IOException("connection closed before the response");
            wire.readBody(head);
            long t1 = System.nanoTime();
            if (t0 >= measureStart && t1 <= measureEnd) {
                if (Workload.answered(head.status(), wire.body(), wire.bodyLength(), stream)) {
                    latencies.add((t1 - t0) / 1000);
                    if (head.cache() != null && head.cache().endsWith("hit")) cacheHits++;
                    ttft.add((wire.firstBodyNanos() - t0) / 1000);
                } else {
                    error("status " + head.status() + ": " + new String(wire.body(), 0, Math.min(300, wire.bodyLength()),
                            StandardCharsets.UTF_8));
                }
            }
            return !head.close();
        }

        private void error(String what) {
            errors++;
            if (firstError == null) firstError = what;
        }

        private void connect() throws IOException {
            socket = new Socket(InetAddress.getLoopbackAddress(), port);
            socket.setTcpNoDelay(true);
            socket.setSoTimeout(30_000);
            wire = new HttpWire(socket.getInputStream());
        }

        private void disconnect() {
            if (socket == null) return;
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing a broken connection
            }
            socket = null;
            wire = null;
        }
    }

    private static void sleepUntil(long nanoTime) throws InterruptedException {
        long left;
        while ((left = nanoTime - System.nanoTime()) > 0) Thread.sleep(Math.max(1, left / 1_000_000));
    }

    /** Growable primitive list: boxing a million latencies would distort the generator's own CPU use. */
    private static final class LongList {
        long[] values = new long[1 << 14];
        int size;

        void add(long v) {
            if (size == values.length) values = Arrays.copyOf(values, size * 2);
            values[size++] = v;
        }
    }
}
