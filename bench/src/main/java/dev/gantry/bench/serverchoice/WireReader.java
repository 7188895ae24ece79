package dev.gantry.bench.serverchoice;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Minimal HTTP/1.1 reader for the load generator and the fixed upstream: heads, Content-Length and chunked
 * bodies. Hand-rolled so neither side costs more CPU than necessary, and so it can note when each socket read
 * returned (the load generator's time-to-first-event clock).
 */
final class WireReader {
    /** A request or status line with the framing headers we need. */
    record Head(String startLine, long contentLength, boolean chunked, boolean close) {
        int status() {
            return Integer.parseInt(startLine.substring(9, 12));
        }
    }

    private final InputStream in;
    private final byte[] buf = new byte[16 * 1024];
    private int pos;
    private int len;
    private long lastFillNanos;

    WireReader(InputStream in) {
        this.in = in;
    }

    /** @return the head, or null when the peer closed the connection cleanly between messages. */
    Head readHead() throws IOException {
        String start = readLine();
        if (start == null) return null;
        long contentLength = -1;
        boolean chunked = false;
        boolean close = false;
        String line;
        while ((line = readLine()) != null && !line.isEmpty()) {
            int colon = line.indexOf(':');
            if (colon < 0) continue;
            String name = line.substring(0, colon).trim();
            String value = line.substring(colon + 1).trim();
            if (name.equalsIgnoreCase("content-length")) contentLength = Long.parseLong(value);
            else if (name.equalsIgnoreCase("transfer-encoding")) chunked = value.toLowerCase().contains("chunked");
            else if (name.equalsIgnoreCase("connection")) close = value.equalsIgnoreCase("close");
        }
        if (line == null) throw new EOFException("connection closed inside the header block");
        return new Head(start, contentLength, chunked, close);
    }

    /** Reads the whole body into memory (the upstream's small request bodies). */
    byte[] readBody(Head head) throws IOException {
        var out = new ByteArrayOutputStream(512);
        consumeBody(head, out);
        return out.toByteArray();
    }

    /**
     * Consumes a response body, copying it to {@code sink} when not null.
     *
     * @return {total bytes, System.nanoTime() when the socket read carrying the first body byte returned}
     */
    long[] consumeBody(Head head, ByteArrayOutputStream sink) throws IOException {
        if (head.chunked()) return consumeChunked(sink);
        long n = Math.max(0, head.contentLength());
        long first = n > 0 ? firstByteNanos() : System.nanoTime();
        transfer(n, sink);
        return new long[]{n, first};
    }

    private long[] consumeChunked(ByteArrayOutputStream sink) throws IOException {
        long total = 0;
        long first = 0;
        while (true) {
            String sizeLine = readLine();
            if (sizeLine == null) throw new EOFException("connection closed inside a chunked body");
            int semi = sizeLine.indexOf(';');
            int size = Integer.parseInt((semi < 0 ? sizeLine : sizeLine.substring(0, semi)).trim(), 16);
            if (size == 0) break;
            if (first == 0) first = firstByteNanos();
            transfer(size, sink);
            total += size;
            readLine(); // CRLF after the chunk data
        }
        String trailer;
        while ((trailer = readLine()) != null && !trailer.isEmpty()) {
            // trailers are ignored
        }
        return new long[]{total, first == 0 ? System.nanoTime() : first};
    }

    /** Blocks until the first body byte is here (the first SSE event has started to arrive). */
    void awaitBody() throws IOException {
        firstByteNanos();
    }

    private long firstByteNanos() throws IOException {
        if (pos == len && !fill()) throw new EOFException("connection closed before the body");
        return lastFillNanos;
    }

    private void transfer(long n, ByteArrayOutputStream sink) throws IOException {
        while (n > 0) {
            if (pos == len && !fill()) throw new EOFException("connection closed inside the body");
            int take = (int) Math.min(n, len - pos);
            if (sink != null) sink.write(buf, pos, take);
            pos += take;
            n -= take;
        }
    }

    private String readLine() throws IOException {
        var sb = new StringBuilder(64);
        while (true) {
            if (pos == len && !fill()) return sb.isEmpty() ? null : sb.toString();
            byte b = buf[pos++];
            if (b == '\n') {
                int end = sb.length();
                if (end > 0 && sb.charAt(end - 1) == '\r') sb.setLength(end - 1);
                return sb.toString();
            }
            sb.append((char) (b & 0xff));
        }
    }

    private boolean fill() throws IOException {
        int n = in.read(buf);
        lastFillNanos = System.nanoTime();
        if (n <= 0) return false;
        pos = 0;
        len = n;
        return true;
    }

    static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }
}
