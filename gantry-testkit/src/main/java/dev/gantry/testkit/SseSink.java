package dev.gantry.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import io.helidon.webserver.CloseConnectionException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Writes server-sent events, one flush (one HTTP chunk) per event, and plays the script's stream fault at
 * the right content event. A cut throws {@link CloseConnectionException}: Helidon then drops the socket
 * without the closing zero-length chunk, which is what a client sees when an upstream dies mid-stream.
 */
final class SseSink {
    private static final byte[] EVENT = "event: ".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] DATA = "data: ".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] NOT_JSON = "{\"choices\": [ this is not JSON".getBytes(StandardCharsets.US_ASCII);

    private final OutputStream out;
    private final byte[] eol;
    private final FakeScript.Fault fault;
    private final StallGate gate;
    private final ByteArrayOutputStream buf = new ByteArrayOutputStream(512);
    private int contentEvents;
    private boolean faulted;

    /** @param crlf end lines with CRLF (Gemini) instead of LF */
    SseSink(OutputStream out, boolean crlf, FakeScript.Fault fault, StallGate gate) {
        this.out = out;
        this.eol = (crlf ? "\r\n" : "\n").getBytes(StandardCharsets.US_ASCII);
        this.fault = fault;
        this.gate = gate;
    }

    /** An event that carries a piece of the answer: counted for the script's fault. */
    void content(String event, JsonNode data) throws IOException {
        faultIfDue(event);
        send(event, data);
        contentEvents++;
    }

    /** An event that carries no answer content (start, stop, ping, finish, usage). */
    void control(String event, JsonNode data) throws IOException {
        send(event, data);
    }

    /** Call before the closing events: a fault whose count was never reached fires here. */
    void closing(String malformedEventName) throws IOException {
        faultIfDue(malformedEventName);
    }

    /** A raw data line such as OpenAI's {@code [DONE]}. */
    void rawData(String data) throws IOException {
        buf.reset();
        buf.write(DATA);
        buf.write(data.getBytes(StandardCharsets.UTF_8));
        endEvent();
    }

    void finish() throws IOException {
        out.close();
    }

    private void send(String event, JsonNode data) throws IOException {
        buf.reset();
        if (event != null) {
            buf.write(EVENT);
            buf.write(event.getBytes(StandardCharsets.US_ASCII));
            buf.write(eol);
        }
        buf.write(DATA);
        Json.write(buf, data);
        endEvent();
    }

    private void endEvent() throws IOException {
        buf.write(eol);
        buf.write(eol);
        buf.writeTo(out);
        out.flush();
    }

    private void faultIfDue(String event) throws IOException {
        if (fault == null || faulted || contentEvents < fault.afterChunks()) return;
        faulted = true;
        switch (fault.type()) {
            case CUT -> throw cut("scripted cut after " + contentEvents + " content events");
            case MALFORMED -> sendMalformed(event);
            case STALL -> {
                if (gate.pause(fault.pause())) throw cut("stall released by reset or close");
            }
        }
    }

    private void sendMalformed(String event) throws IOException {
        buf.reset();
        if (event != null) {
            buf.write(EVENT);
            buf.write(event.getBytes(StandardCharsets.US_ASCII));
            buf.write(eol);
        }
        buf.write(DATA);
        buf.write(NOT_JSON);
        endEvent();
    }

    private CloseConnectionException cut(String why) throws IOException {
        out.flush();
        return new CloseConnectionException(why);
    }
}
