package dev.gantry.bench.serverchoice;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * Does a client hanging up mid-stream stop the upstream call? Opens slow streams (one event per
 * {@link #GAP_MILLIS}) through the proxy, reads the head and the first event, hangs up, then asks the upstream
 * how many of its streams were cut. A proxy that does not propagate lets the upstream finish every stream,
 * which for a real provider means paying for tokens nobody reads.
 */
final class CancellationCheck {
    static final int GAP_MILLIS = 100;
    private static final int STREAMS = 5;

    private CancellationCheck() {
    }

    /** @return how many of the streams the upstream saw cut before their end, out of {@link #STREAMS} */
    static String run(int proxyPort, int upstreamPort) throws IOException, InterruptedException {
        long before = abortedCount(upstreamPort);
        for (int i = 0; i < STREAMS; i++) hangUpAfterFirstEvent(proxyPort);
        // The upstream notices on its next write; give every stream time to either fail or finish (20 x gap).
        Thread.sleep(Payloads.STREAM_EVENTS * GAP_MILLIS + 1000L);
        return (abortedCount(upstreamPort) - before) + "/" + STREAMS;
    }

    private static void hangUpAfterFirstEvent(int proxyPort) throws IOException {
        byte[] body = Payloads.request(true, GAP_MILLIS);
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), proxyPort)) {
            s.setSoTimeout(10_000);
            s.getOutputStream().write(WireReader.ascii("POST " + Payloads.PATH + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                    + "Content-Type: application/json\r\nContent-Length: " + body.length + "\r\n\r\n"));
            s.getOutputStream().write(body);
            var reader = new WireReader(s.getInputStream());
            WireReader.Head head = reader.readHead();
            if (head == null || head.status() != 200) throw new IOException("stream was not accepted: " + head);
            reader.awaitBody();
        }
    }

    private static long abortedCount(int upstreamPort) throws IOException {
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), upstreamPort)) {
            s.getOutputStream().write(WireReader.ascii("GET /stats HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"));
            var reader = new WireReader(s.getInputStream());
            String stats = new String(reader.readBody(reader.readHead()), StandardCharsets.US_ASCII);
            return Long.parseLong(stats.substring("aborted=".length(), stats.indexOf(' ')));
        }
    }
}
