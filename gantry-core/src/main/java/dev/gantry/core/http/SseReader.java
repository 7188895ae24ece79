package dev.gantry.core.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Incremental text/event-stream parser (WHATWG rules: "event:" and "data:" fields, multi-line data joined
 * with '\n', comments and unknown fields ignored, an empty line dispatches). Reads bytes directly so a
 * multi-byte UTF-8 character split across network reads is never mangled.
 */
public final class SseReader {
    private final InputStream in;
    private final byte[] buf = new byte[8192];
    private int pos;
    private int len;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream(256);

    public SseReader(InputStream in) {
        this.in = in;
    }

    /**
     * @return the next event, or null at end of stream. A final event not followed by a blank line is
     * discarded, as the spec says: it is what a cut connection looks like.
     */
    public SseEvent next() throws IOException {
        String event = null;
        StringBuilder data = null;
        String l;
        while ((l = readLine()) != null) {
            if (l.isEmpty()) {
                if (data != null) return new SseEvent(event, data.toString());
                event = null;
                continue;
            }
            if (l.charAt(0) == ':') continue;
            int colon = l.indexOf(':');
            String field = colon < 0 ? l : l.substring(0, colon);
            String value = colon < 0 ? "" : l.substring(colon + (l.startsWith(": ", colon) ? 2 : 1));
            if (field.equals("data")) {
                if (data == null) data = new StringBuilder(value.length());
                else data.append('\n');
                data.append(value);
            } else if (field.equals("event")) {
                event = value;
            }
        }
        return null;
    }

    private String readLine() throws IOException {
        line.reset();
        while (true) {
            if (pos == len) {
                len = in.read(buf);
                pos = 0;
                if (len <= 0) {
                    len = 0;
                    return null;
                }
            }
            byte b = buf[pos++];
            if (b == '\n') return line.toString(StandardCharsets.UTF_8);
            if (b == '\r') {
                peekSkipLf();
                return line.toString(StandardCharsets.UTF_8);
            }
            line.write(b);
        }
    }

    private void peekSkipLf() throws IOException {
        if (pos == len) {
            len = in.read(buf);
            pos = 0;
            if (len <= 0) {
                len = 0;
                return;
            }
        }
        if (buf[pos] == '\n') pos++;
    }
}
