package dev.gantry.bench.serverchoice;

import java.nio.charset.StandardCharsets;

/** The fixed bytes every run exchanges, so all candidates move exactly the same payload. */
final class Payloads {
    static final String PATH = "/v1/chat/completions";
    static final int STREAM_EVENTS = 20;

    private Payloads() {
    }

    /** A typical small chat request (~230 B); the upstream streams when it contains {@code "stream":true}. */
    static byte[] request(boolean stream, int gapMillis) {
        String gap = gapMillis > 0 ? ",\"bench_gap_ms\":" + gapMillis : "";
        return ("{\"model\":\"bench-model\",\"stream\":" + stream + gap + ",\"max_tokens\":64,\"messages\":["
                + "{\"role\":\"system\",\"content\":\"You are a terse assistant.\"},"
                + "{\"role\":\"user\",\"content\":\"Write one short sentence about the sea, please.\"}]}")
                .getBytes(StandardCharsets.UTF_8);
    }

    /** One SSE event as a streaming OpenAI upstream sends it ({@code data: ...\n\n}). */
    static byte[] event(int i) {
        String json = "{\"id\":\"chatcmpl-bench\",\"object\":\"chat.completion.chunk\",\"created\":1763769600,"
                + "\"model\":\"bench-model\",\"choices\":[{\"index\":0,\"delta\":{\"content\":\" token%02d\"},"
                + "\"finish_reason\":null}]}";
        return ("data: " + json.formatted(i) + "\n\n").getBytes(StandardCharsets.UTF_8);
    }

    static byte[] doneEvent() {
        return "data: [DONE]\n\n".getBytes(StandardCharsets.UTF_8);
    }

    /** Bytes of the whole event stream, which the load generator checks every streamed answer against. */
    static int streamBodyLength() {
        int n = doneEvent().length;
        for (int i = 0; i < STREAM_EVENTS; i++) n += event(i).length;
        return n;
    }

    /** A non-streaming chat.completion of about 500 B. */
    static byte[] completion() {
        String content = "The sea keeps its own counsel, folding light and salt into long grey waves that "
                + "arrive, break, and return as if they had never left; sailors read it, poets envy it, "
                + "and nobody owns it.";
        return ("{\"id\":\"chatcmpl-bench\",\"object\":\"chat.completion\",\"created\":1763769600,"
                + "\"model\":\"bench-model\",\"system_fingerprint\":\"fp_bench\",\"choices\":[{\"index\":0,"
                + "\"message\":{\"role\":\"assistant\",\"content\":\"" + content + "\"},\"logprobs\":null,"
                + "\"finish_reason\":\"stop\"}],\"usage\":{\"prompt_tokens\":31,\"completion_tokens\":48,"
                + "\"total_tokens\":79,\"prompt_tokens_details\":{\"cached_tokens\":0},"
                + "\"completion_tokens_details\":{\"reasoning_tokens\":0}}}").getBytes(StandardCharsets.UTF_8);
    }
}
