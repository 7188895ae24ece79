package dev.gantry.bench.serverchoice;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The fake LLM every candidate proxies to: a raw-socket HTTP/1.1 server (one virtual thread per connection)
 * answering POST with 20 SSE events + [DONE] when the body says {@code "stream":true}, else a ~500 B JSON
 * completion. Raw sockets keep its CPU cost tiny and identical for all candidates. Each event is its own
 * chunk and its own write, as a real streaming upstream produces them. {@code GET /stats} reports how many
 * streams were cut by the peer (the proxy), which is how the cancellation check sees propagation.
 */
public final class FixedUpstream implements AutoCloseable {
    private static final byte[] STREAM_HEAD = WireReader.ascii("HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\n"
            + "Cache-Control: no-cache\r\nTransfer-Encoding: chunked\r\n\r\n");
    private static final byte[][] EVENT_CHUNKS = eventChunks();
    private static final byte[] JSON_RESPONSE = jsonResponse();
    private static final byte[] LAST_CHUNK = WireReader.ascii("0\r\n\r\n");

    private final ServerSocket server;
    private final AtomicLong aborted = new AtomicLong();
    private final AtomicLong completed = new AtomicLong();

    private FixedUpstream(int port) throws IOException {
        server = new ServerSocket(port, 1024, InetAddress.getLoopbackAddress());
        Thread.ofPlatform().name("upstream-accept").start(this::acceptLoop);
    }

    public static FixedUpstream start(int port) throws IOException {
        return new FixedUpstream(port);
    }

    public int port() {
        return server.getLocalPort();
    }

    /** {@code FixedUpstream <port>}: runs until killed (the harness starts it in its own JVM). */
    public static void main(String[] args) throws Exception {
        FixedUpstream upstream = start(Integer.parseInt(args[0]));
        System.out.println("upstream listening on " + upstream.port());
        Thread.currentThread().join();
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            try {
                Socket s = server.accept();
                s.setTcpNoDelay(true);
                Thread.ofVirtual().start(() -> serve(s));
            } catch (IOException e) {
                if (!server.isClosed()) e.printStackTrace();
            }
        }
    }

    private void serve(Socket socket) {
        try (socket) {
            var reader = new WireReader(socket.getInputStream());
            OutputStream out = socket.getOutputStream();
            WireReader.Head head;
            while ((head = reader.readHead()) != null) {
                byte[] body = reader.readBody(head);
                if (head.startLine().startsWith("GET /stats")) writeStats(out);
                else if (contains(body, "\"stream\":true")) writeStream(out, gapMillis(body));
                else out.write(JSON_RESPONSE);
                if (head.close()) return;
            }
        } catch (IOException e) {
            // the peer went away; counted in writeStream when it happened mid-stream
        }
    }

    private void writeStream(OutputStream out, int gapMillis) throws IOException {
        try {
            out.write(STREAM_HEAD);
            for (byte[] chunk : EVENT_CHUNKS) {
                if (gapMillis > 0) sleep(gapMillis);
                out.write(chunk);
            }
            out.write(LAST_CHUNK);
            completed.incrementAndGet();
        } catch (IOException e) {
            aborted.incrementAndGet();
            throw e;
        }
    }

    private void writeStats(OutputStream out) throws IOException {
        byte[] body = WireReader.ascii("aborted=" + aborted.get() + " completed=" + completed.get());
        out.write(WireReader.ascii("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: " + body.length
                + "\r\n\r\n"));
        out.write(body);
    }

    private static byte[][] eventChunks() {
        byte[][] chunks = new byte[Payloads.STREAM_EVENTS + 1][];
        for (int i = 0; i < Payloads.STREAM_EVENTS; i++) chunks[i] = chunk(Payloads.event(i));
        chunks[Payloads.STREAM_EVENTS] = chunk(Payloads.doneEvent());
        return chunks;
    }

    private static byte[] chunk(byte[] data) {
        byte[] head = WireReader.ascii(Integer.toHexString(data.length) + "\r\n");
        byte[] out = new byte[head.length + data.length + 2];
        System.arraycopy(head, 0, out, 0, head.length);
        System.arraycopy(data, 0, out, head.length, data.length);
        out[out.length - 2] = '\r';
        out[out.length - 1] = '\n';
        return out;
    }

    private static byte[] jsonResponse() {
        byte[] body = Payloads.completion();
        byte[] head = WireReader.ascii("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                + body.length + "\r\n\r\n");
        byte[] out = new byte[head.length + body.length];
        System.arraycopy(head, 0, out, 0, head.length);
        System.arraycopy(body, 0, out, head.length, body.length);
        return out;
    }

    private static int gapMillis(byte[] body) {
        String s = new String(body, StandardCharsets.UTF_8);
        int i = s.indexOf("\"bench_gap_ms\":");
        if (i < 0) return 0;
        int start = i + "\"bench_gap_ms\":".length();
        int end = start;
        while (end < s.length() && Character.isDigit(s.charAt(end))) end++;
        return Integer.parseInt(s.substring(start, end));
    }

    private static boolean contains(byte[] haystack, String needle) {
        return new String(haystack, StandardCharsets.ISO_8859_1).contains(needle);
    }

    private static void sleep(int millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
