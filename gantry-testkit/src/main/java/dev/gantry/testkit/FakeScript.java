package dev.gantry.testkit;

import dev.gantry.core.chat.FinishReason;
import dev.gantry.core.chat.ToolCall;
import dev.gantry.core.chat.Usage;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * What the fake does with the one request that takes this script. Immutable: every modifier returns a
 * copy, so a script can be built once and enqueued many times.
 *
 * <p>Stream faults count <em>content events</em>: events carrying a piece of the answer (text, thinking,
 * signature or tool-call delta). Role-only chunks, message_start, block start/stop, ping, the finish and
 * usage events are not counted. A fault whose count is never reached fires just before the closing events.
 * Only one fault applies; the last one set wins.
 */
public final class FakeScript {

    enum Kind { ANSWER, ERROR, RATE_LIMITED, CONTEXT_LENGTH }

    enum FaultType { CUT, MALFORMED, STALL }

    record Fault(FaultType type, int afterChunks, Duration pause) {
    }

    private Kind kind = Kind.ANSWER;
    private String text;
    private List<ToolCall> toolCalls = List.of();
    private int status = 200;
    private String errorMessage;
    private int retryAfterSeconds;
    private String thinking;
    private Usage usage;
    private FinishReason finishReason;
    private Duration latency = Duration.ZERO;
    private Fault fault;

    private FakeScript() {
    }

    private FakeScript(FakeScript o) {
        kind = o.kind; text = o.text; toolCalls = o.toolCalls; status = o.status; errorMessage = o.errorMessage;
        retryAfterSeconds = o.retryAfterSeconds; thinking = o.thinking; usage = o.usage;
        finishReason = o.finishReason; latency = o.latency; fault = o.fault;
    }

    /** Answers with this text (streamed word by word when the request streams). */
    public static FakeScript text(String text) {
        FakeScript s = new FakeScript();
        s.text = Objects.requireNonNull(text, "text");
        return s;
    }

    /** Answers "You said: &lt;last user text&gt;", what the fake does when its queue is empty. */
    public static FakeScript echo() {
        return new FakeScript();
    }

    /** Answers with these tool calls (parallel when more than one) and no text. */
    public static FakeScript toolCalls(ToolCall... calls) {
        if (calls.length == 0) throw new IllegalArgumentException("toolCalls needs at least one ToolCall");
        FakeScript s = new FakeScript();
        s.text = null;
        s.toolCalls = List.of(calls);
        return s;
    }

    /** Fails with {@code status} and the dialect's error body for it. */
    public static FakeScript error(int status) {
        return error(status, null);
    }

    /** Fails with {@code status}; {@code message} (or a default for the status) goes in the error body. */
    public static FakeScript error(int status, String message) {
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("error status " + status + " is not 4xx or 5xx; use 400..599");
        }
        FakeScript s = new FakeScript();
        s.kind = Kind.ERROR;
        s.status = status;
        s.errorMessage = message;
        return s;
    }

    /** 429 with a Retry-After header of {@code retryAfterSeconds} (Gemini also gets RetryInfo in the body). */
    public static FakeScript rateLimited(int retryAfterSeconds) {
        FakeScript s = error(429);
        s.kind = Kind.RATE_LIMITED;
        s.retryAfterSeconds = retryAfterSeconds;
        return s;
    }

    /** Each dialect's real context-length error (HTTP 400). */
    public static FakeScript contextLengthExceeded() {
        FakeScript s = error(400);
        s.kind = Kind.CONTEXT_LENGTH;
        return s;
    }

    /** Holds the response headers back for {@code duration}, then echoes. */
    public static FakeScript stall(Duration duration) {
        return echo().latency(duration);
    }

    /** Waits this long before the response headers (added to the provider-wide latency). */
    public FakeScript latency(Duration duration) {
        FakeScript s = new FakeScript(this);
        s.latency = Objects.requireNonNull(duration, "duration");
        return s;
    }

    /**
     * Reported usage, in Gantry's terms ({@link Usage}): {@code in} counts all prompt tokens, cached and
     * cache-written ones included; {@code out} counts all completion tokens, reasoning included. Each dialect
     * writes it its own way (Anthropic input_tokens = in - cachedIn - cacheWrite; Gemini candidatesTokenCount
     * = out - reasoning), so a correct adapter reads back exactly these numbers.
     */
    public FakeScript usage(long in, long out, long cachedIn, long cacheWrite, long reasoning) {
        return usage(new Usage(in, out, cachedIn, cacheWrite, reasoning));
    }

    public FakeScript usage(Usage usage) {
        FakeScript s = new FakeScript(this);
        s.usage = Objects.requireNonNull(usage, "usage");
        return s;
    }

    /** Adds reasoning before the answer (OpenAI reasoning_content, Anthropic thinking block, Gemini thought part). */
    public FakeScript thinking(String text) {
        FakeScript s = new FakeScript(this);
        s.thinking = Objects.requireNonNull(text, "thinking text");
        return s;
    }

    /** Stream: drops the connection after n content events, without any terminal event or final chunk. */
    public FakeScript cutAfterChunks(int n) {
        return withFault(new Fault(FaultType.CUT, requireCount(n), Duration.ZERO));
    }

    /**
     * Stream: sends a non-JSON data event after n content events (then carries on). Non-streaming: the
     * whole body is malformed JSON, whatever n.
     */
    public FakeScript malformedAfterChunks(int n) {
        return withFault(new Fault(FaultType.MALFORMED, requireCount(n), Duration.ZERO));
    }

    /** Stream: pauses for {@code pause} after n content events, then carries on. */
    public FakeScript stallAfterChunks(int n, Duration pause) {
        return withFault(new Fault(FaultType.STALL, requireCount(n), Objects.requireNonNull(pause, "pause")));
    }

    /** Overrides the finish reason (default: TOOL_CALLS when there are tool calls, else STOP). */
    public FakeScript finishReason(FinishReason reason) {
        FakeScript s = new FakeScript(this);
        s.finishReason = Objects.requireNonNull(reason, "reason");
        return s;
    }

    private FakeScript withFault(Fault f) {
        FakeScript s = new FakeScript(this);
        s.fault = f;
        return s;
    }

    private static int requireCount(int n) {
        if (n < 0) throw new IllegalArgumentException("chunk count " + n + " is negative; use 0 or more");
        return n;
    }

    Kind kind() { return kind; }
    String text() { return text; }
    List<ToolCall> calls() { return toolCalls; }
    int status() { return status; }
    String errorMessage() { return errorMessage; }
    int retryAfterSeconds() { return retryAfterSeconds; }
    String thinking() { return thinking; }
    Usage usage() { return usage; }
    FinishReason finishReason() { return finishReason; }
    Duration latency() { return latency; }
    Fault fault() { return fault; }

    @Override
    public String toString() {
        return "FakeScript[" + kind + (kind == Kind.ANSWER ? "" : " " + status)
                + (text != null ? ", text=" + text : "") + (toolCalls.isEmpty() ? "" : ", toolCalls=" + toolCalls)
                + (fault != null ? ", fault=" + fault : "") + "]";
    }
}
