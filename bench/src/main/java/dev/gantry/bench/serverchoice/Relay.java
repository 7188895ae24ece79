package dev.gantry.bench.serverchoice;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;

/** The blocking relay loop shared by the virtual-thread candidates. */
final class Relay {
    private Relay() {
    }

    /**
     * Forwards bytes as they arrive, flushing after every read so each SSE event leaves as soon as it came in.
     * A failed write (client gone) propagates; the caller's try-with-resources then closes {@code in}, which
     * is what cancels the upstream call.
     */
    static void copyFlushing(InputStream in, OutputStream out) throws IOException {
        byte[] buf = new byte[8192];
        int n;
        while ((n = in.read(buf)) > 0) {
            out.write(buf, 0, n);
            out.flush();
        }
    }

    static boolean isEventStream(String contentType) {
        return contentType != null && contentType.startsWith("text/event-stream");
    }

    static URI upstreamUri(int upstreamPort) {
        return URI.create("http://127.0.0.1:" + upstreamPort + Payloads.PATH);
    }
}
