package dev.gantry.testkit.reference;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.gantry.core.chat.ChatChunk;
import dev.gantry.core.chat.ChatStream;
import dev.gantry.core.error.ErrorKind;
import dev.gantry.core.error.ProviderException;
import dev.gantry.core.http.SseEvent;
import dev.gantry.core.http.SseReader;
import java.io.IOException;
import java.io.InputStream;

/** Pulls OpenAI chunks off an SSE body; a body that ends before [DONE] is a failure, never a normal end. */
final class ReferenceOpenAiStream implements ChatStream {
    private final InputStream body;
    private final SseReader reader;
    private volatile boolean closed;
    private boolean done;

    ReferenceOpenAiStream(InputStream body) {
        this.body = body;
        this.reader = new SseReader(body);
    }

    @Override
    public ChatChunk next() {
        if (done || closed) return null;
        SseEvent event = read();
        if (event == null) {
            if (closed) return null;
            throw failure(ErrorKind.CONNECTION, "the stream ended before [DONE]", null);
        }
        if (event.data().equals("[DONE]")) {
            done = true;
            return null;
        }
        try {
            return ReferenceOpenAiCodec.chunk(ReferenceHttp.MAPPER.readTree(event.data()));
        } catch (JsonProcessingException e) {
            throw failure(ErrorKind.MALFORMED_RESPONSE, "the stream sent an event that is not JSON", e);
        }
    }

    private SseEvent read() {
        try {
            return reader.next();
        } catch (IOException e) {
            if (closed) return null;
            throw failure(ErrorKind.CONNECTION, "the stream connection failed", e);
        }
    }

    private static ProviderException failure(ErrorKind kind, String message, Throwable cause) {
        return new ProviderException(kind, ReferenceHttp.PROVIDER, 0, message, null, cause);
    }

    @Override
    public void close() {
        closed = true;
        try {
            body.close();
        } catch (IOException ignored) {
            // closing is best effort: the connection is going away either way
        }
    }
}
