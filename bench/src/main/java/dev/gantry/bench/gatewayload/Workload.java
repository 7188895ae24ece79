package dev.gantry.bench.gatewayload;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

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
    /** Wordings on the semantic-seen path: few enough that priming sends each one many times. */
    private static final int SEEN_WORDINGS = 64;
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

    /** The requests a path cycles through: the one request, or one per paraphrase on the semantic path. */
    static List<byte[]> requests(Via via, int port, String model, boolean stream, String bearer) {
        // the semantic cache only takes deterministic requests by default: temperature 0 on that path
        boolean semantic = via.semantic();
        List<String> texts = !semantic ? List.of(USER_TEXT)
                : via == Via.GATEWAY_SEMANTIC ? paraphrases() : paraphrases().subList(0, SEEN_WORDINGS);
        List<byte[]> out = new ArrayList<>(texts.size());
        for (String t : texts) out.add(request(port, model, stream, bearer, t, semantic ? ",\"temperature\":0" : ""));
        return out;
    }

    /**
     * 9,216 wordings of the same request: openers x phrasings x fillers x closers. They keep the same number ("one") and no
     * answer-flipping word, so the semantic cache's detail check lets them through; whether the embedding puts them
     * over the threshold is measured (the share of hits is reported), not assumed.
     */
    static List<String> paraphrases() {
        List<String> openers = List.of("", "Hi! ", "Hello, ", "Hey there, ", "Quick request: ", "Good morning. ",
                "If you can, ", "I need this: ", "Small favour: ", "Dear assistant, ", "Okay, ", "So, ",
                "Right, ", "Hi again! ", "Greetings. ", "Listen, ");
        List<String> phrasings = List.of(
                "write one short sentence about the sea for a tired sailor who has been away from home for far too long",
                "write one short sentence about the sea for a weary sailor who has been away from home for far too long",
                "write one brief sentence about the sea for a tired sailor who has been away from home for far too long",
                "compose one short sentence about the sea for a tired sailor who has been away from home for far too long",
                "write one short sentence about the ocean for a tired sailor who has been away from home for far too long",
                "write one short line about the sea for a tired sailor who has been away from home for far too long",
                "write one short sentence on the sea for a tired sailor who has been away from home for far too long",
                "write one short sentence about the sea for a tired sailor who has been away from home for much too long");
        List<String> fillers = List.of("", " for me", " today", " right now", " if possible", " quickly");
        List<String> closers = List.of(", please.", ".", ", thanks.", ", thank you!", " please!", ", cheers.",
                "!", "? Thanks.", ", if you would.", " - thank you.", ", thanks a lot.", ".  ");
        List<String> out = new ArrayList<>();
        for (String f : fillers)
            for (String c : closers)
                for (String p : phrasings)
                    for (String o : openers)
                        out.add(o + (o.isEmpty() || o.endsWith(". ") || o.endsWith("! ") ? capitalised(p) : p) + f + c);
        return out;
    }

    private static String capitalised(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** A complete HTTP/1.1 request; {@code bearer} null sends no Authorization header. */
    static byte[] request(int port, String model, boolean stream, String bearer) {
        return request(port, model, stream, bearer, USER_TEXT, "");
    }

    private static byte[] request(int port, String model, boolean stream, String bearer, String userText,
                                  String extraFields) {
        String body = "{\"model\":\"" + model + "\",\"stream\":" + stream
                + (stream ? ",\"stream_options\":{\"include_usage\":true}" : "")
                + extraFields + ",\"max_tokens\":64,\"messages\":[{\"role\":\"system\",\"content\":\"You are a terse assistant.\"},"
                + "{\"role\":\"user\",\"content\":\"" + userText + "\"}]}";
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
