package dev.gantry.bench.serverchoice;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * Closed-loop load: {@code concurrency} platform threads, each with one keep-alive connection, posting back to
 * back for warm-up + measurement. Only requests that start and finish inside the measured window count. A
 * response counts as an error unless it is a 200 whose body has exactly the expected length, so a proxy that
 * drops or mangles events cannot look fast.
 */
final class LoadGenerator {
    /** Latencies in microseconds, sorted; ttfe = time from writing the request to the first body byte. */
    record Result(long ok, long errors, double seconds, long[] latencyMicros, long[] ttfeMicros, long cpuNanos) {
        double rps() {
            return ok / seconds;
        }

        double latencyMillis(double quantile) {
            return percentile(latencyMicros, quantile) / 1000.0;
        }

        double ttfeMillis(double quantile) {
            return percentile(ttfeMicros, quantile) / 1000.0;
        }

        /** CPU the proxy process burnt per completed request, or -1 when not measured. */
        double cpuMicrosPerRequest() {
            return cpuNanos < 0 || ok == 0 ? -1 : cpuNanos / 1000.0 / ok;
        }

        private static double percentile(long[] sorted, double q) {
            if (sorted.length == 0) return Double.NaN;
            return sorted[(int) Math.round(q * (sorted.length - 1))];
        }
    }

    private final int port;
    private final byte[] request;
    private final int expectedBodyLength;

    LoadGenerator(int port, boolean stream, int gapMillis) {
        this.port = port;
        byte[] body = Payloads.request(stream, gapMillis);
        byte[] head = WireReader.ascii("POST " + Payloads.PATH + " HTTP/1.1\r\nHost: 127.0.0.1:" + port
                + "\r\nContent-Type: application/json\r\nAccept: " + (stream ? "text/event-stream" : "application/json")
                + "\r\nContent-Length: " + body.length + "\r\n\r\n");
        this.request = new byte[head.length + body.length];
        System.arraycopy(head, 0, request, 0, head.length);
        System.arraycopy(body, 0, request, head.length, body.length);
        this.expectedBodyLength = stream ? Payloads.streamBodyLength() : Payloads.completion().length;
    }

    /** @param cpuNanos the proxy's total CPU time, sampled at the start and end of the measured window */
    Result run(int concurrency, long warmupMillis, long measureMillis, LongSupplier cpuNanos) throws Exception {
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
        long cpuStart = cpuNanos.getAsLong();
        sleepUntil(measureEnd);
        long cpuEnd = cpuNanos.getAsLong();
        for (Thread t : threads) t.join();
        return merge(workers, measureMillis / 1000.0, cpuStart < 0 ? -1 : cpuEnd - cpuStart);
    }

    private Result merge(List<Worker> workers, double seconds, long cpu) {
        long ok = 0;
        long errors = 0;
        for (Worker w : workers) {
            ok += w.latencies.size;
            errors += w.errors;
        }
        long[] lat = new long[(int) ok];
        long[] ttfe = new long[(int) ok];
        int at = 0;
        for (Worker w : workers) {
            System.arraycopy(w.latencies.values, 0, lat, at, w.latencies.size);
            System.arraycopy(w.ttfe.values, 0, ttfe, at, w.ttfe.size);
            at += w.latencies.size;
        }
        Arrays.sort(lat);
        Arrays.sort(ttfe);
        return new Result(ok, errors, seconds, lat, ttfe, cpu);
    }

    private final class Worker implements Runnable {
        final long measureStart;
        final long measureEnd;
        final LongList latencies = new LongList();
        final LongList ttfe = new LongList();
        long errors;
        private Socket socket;
        private WireReader reader;

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
                    if (now >= measureStart && now <= measureEnd) errors++;
                    disconnect();
                }
            }
            disconnect();
        }

        /** @return false when the server asked to close the connection */
        private boolean exchange() throws IOException {
            long t0 = System.nanoTime();
            socket.getOutputStream().write(request);
            WireReader.Head head = reader.readHead();
            if (head == null) throw new IOException("connection closed before the response");
            long[] body = reader.consumeBody(head, null);
            long t1 = System.nanoTime();
            boolean good = head.status() == 200 && body[0] == expectedBodyLength;
            if (t0 >= measureStart && t1 <= measureEnd) {
                if (good) {
                    latencies.add((t1 - t0) / 1000);
                    ttfe.add((body[1] - t0) / 1000);
                } else {
                    errors++;
                }
            }
            return !head.close();
        }

        private void connect() throws IOException {
            socket = new Socket(InetAddress.getLoopbackAddress(), port);
            socket.setTcpNoDelay(true);
            socket.setSoTimeout(30_000);
            reader = new WireReader(socket.getInputStream());
        }

        private void disconnect() {
            if (socket == null) return;
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing a broken connection
            }
            socket = null;
            reader = null;
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
