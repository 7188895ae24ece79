package dev.gantry.bench.gatewayload;

import java.nio.charset.StandardCharsets;

/**
 * The request every path sends and the check every answer must pass. The fake echoes the last user message
 * ("You said: ..."), streamed one word per event: 22 words give about 25 SSE events (role, words, finish,
 * usage) and a ~5 KB stream, or a ~700 B JSON completion. Streaming requests ask for the usage chunk on every
 * path because the gateway always asks the upstream for it: the fake then does the same work either way.
 */
final class Workload {
    static final String PATH = "/v1/chat/completions";
    static final String DIRECT_MODEL = "fake-model";
    private static final String USER_TEXT = "Write one short sentence about the sea for a tired sailor who has been "
            + "away from home for far too long, please.";
    private static final byte[] ECHO = "You said: ".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] DONE = "data: [DONE]\n\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] STOP = "\"finish_reason\":\"stop\"".getBytes(StandardCharsets.US_ASCII);

    private Workload() {
    }

    /** The gateway alias that routes to the fake answering after {@code latencyMs}. */
    static String alias(int latencyMs) {
        return "bench-" + latencyMs + "ms";
    }

    static String model(Via via, int latencyMs) {
        return via == Via.DIRECT ? DIRECT_MODEL : alias(latencyMs);
    }

    /** A complete HTTP/1.1 request; {@code bearer} null sends no Authorization header. */
    static byte[] request(int port, String model, boolean stream, String bearer) {
        String body = "{\"model\":\"" + model + "\",\"stream\":" + stream
                + (stream ? ",\"stream_options\":{\"include_usage\":true}" : "")
                + ",\"max_tokens\":64,\"messages\":[{\"role\":\"system\",\"content\":\"You are a terse assistant.\"},"
                + "{\"role\":\"user\",\"content\":\"" + USER_TEXT + "\"}]}";
        byte[] b = body.getBytes(StandardCharsets.UTF_8);
        String head = "POST " + PATH + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nContent-Type: application/json\r\n"
                + "Accept: " + (stream ? "text/event-stream" : "application/json") + "\r\n"
                + (bearer == null ? "" : "Authorization: Bearer " + bearer + "\r\n")
                + "Content-Length: " + b.length + "\r\n\r\n";
        byte[] h = head.getBytes(StandardCharsets.US_ASCII);
        byte[] all = new byte[h.length + b.length];
        System.arraycopy(h, 0, all, 0, h.length);
        System.arraycopy(b, 0, all, h.length, b.length);
        return all;
    }

    /**
     * A 200 whose body is the whole answer: the echo for JSON; for a stream, a normal finish and the closing
     * [DONE] (the gateway ends a failed stream with an error event and no [DONE], so a cut cannot pass).
     */
    static boolean answered(int status, byte[] body, int length, boolean stream) {
        if (status != 200) return false;
        if (!stream) return indexOf(body, length, ECHO) >= 0;
        return endsWith(body, length, DONE) && indexOf(body, length, STOP) >= 0;
    }

    private static boolean endsWith(byte[] body, int length, byte[] suffix) {
        if (length < suffix.length) return false;
        for (int i = 0; i < suffix.length; i++) if (body[length - suffix.length + i] != suffix[i]) return false;
        return true;
    }

    static int indexOf(byte[] body, int length, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= length; i++) {
            for (int j = 0; j < needle.length; j++) if (body[i + j] != needle[j]) continue outer;
            return i;
        }
        return -1;
    }
}
