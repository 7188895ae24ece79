package dev.gantry.bench.gatewayload;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Minimal HTTP/1.1 response reader for the load generator (same idea as serverchoice's WireReader): heads,
 * Content-Length and chunked bodies, into a reused buffer, noting when the socket read that carried the first
 * body byte returned (the time-to-first-token clock). Hand-rolled so the generator stays cheap.
 */
final class HttpWire {
    /** Status and the framing headers we need. */
    /** @param cache the x-gantry-cache header ("hit", "semantic-hit", "miss"...), null when absent */
    record Head(int status, long contentLength, boolean chunked, boolean close, String cache) {
    }

    private final InputStream in;
    private final byte[] buf = new byte[16 * 1024];
    private int pos;
    private int len;
    private long lastFillNanos;
    /** The last body read, valid up to {@link #bodyLength()}. */
    private byte[] body = new byte[8 * 1024];
    private int bodyLength;
    private long firstBodyNanos;

    HttpWire(InputStream in) {
        this.in = in;
    }

    /** @return the head, or null when the peer closed the connection cleanly between responses */
    Head readHead() throws IOException {
        String start = readLine();
        if (start == null) return null;
        long contentLength = -1;
        boolean chunked = false;
        boolean close = false;
        String cache = null;
        String line;
        while ((line = readLine()) != null && !line.isEmpty()) {
            int colon = line.indexOf(':');
            if (colon < 0) continue;
            String name = line.substring(0, colon).trim();
            String value = line.substring(colon + 1).trim();
            if (name.equalsIgnoreCase("content-length")) contentLength = Long.parseLong(value);
            else if (name.equalsIgnoreCase("transfer-encoding")) chunked = value.toLowerCase().contains("chunked");
            else if (name.equalsIgnoreCase("connection")) close = value.equalsIgnoreCase("close");
            else if (name.equalsIgnoreCase("x-gantry-cache")) cache = value;
        }
        if (line == null) throw new EOFException("connection closed inside the header block");
        if (start.length() < 12) throw new IOException("malformed status line '" + start + "'");
        return new Head(Integer.parseInt(start.substring(9, 12)), contentLength, chunked, close, cache);
    }

    /** Reads the whole body; then {@link #body()}, {@link #bodyLength()} and {@link #firstBodyNanos()}. */
    void readBody(Head head) throws IOException {
        bodyLength = 0;
        firstBodyNanos = 0;
        if (head.chunked()) readChunked();
        else transfer(Math.max(0, head.contentLength()));
        if (firstBodyNanos == 0) firstBodyNanos = System.nanoTime();
    }

    byte[] body() {
        return body;
    }

    int bodyLength() {
        return bodyLength;
    }

    long firstBodyNanos() {
        return firstBodyNanos;
    }

    private void readChunked() throws IOException {
        while (true) {
            String sizeLine = readLine();
            if (sizeLine == null) throw new EOFException("connection closed inside a chunked body");
            int semi = sizeLine.indexOf(';');
            int size = Integer.parseInt((semi < 0 ? sizeLine : sizeLine.substring(0, semi)).trim(), 16);
            if (size == 0) break;
            transfer(size);
            readLine(); // CRLF after the chunk data
        }
        String trailer;
        while ((trailer = readLine()) != null && !trailer.isEmpty()) {
            // trailers are ignored
        }
    }

    private void transfer(long n) throws IOException {
        while (n > 0) {
            if (pos == len && !fill()) throw new EOFException("connection closed inside the body");
            if (firstBodyNanos == 0) firstBodyNanos = lastFillNanos;
            int take = (int) Math.min(n, len - pos);
            if (bodyLength + take > body.length) body = Arrays.copyOf(body, Math.max(body.length * 2, bodyLength + take));
            System.arraycopy(buf, pos, body, bodyLength, take);
            bodyLength += take;
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
}
