package dev.gantry.provider.anthropic.internal;

import dev.gantry.core.chat.ChatChunk;
import dev.gantry.core.chat.ChatStream;
import dev.gantry.core.error.ErrorKind;
import dev.gantry.core.error.GantryException;
import dev.gantry.core.error.ProviderException;
import dev.gantry.core.http.HttpReply;
import dev.gantry.core.http.SseEvent;
import dev.gantry.core.http.SseReader;
import dev.gantry.provider.anthropic.AnthropicStreamDecoder;
import java.io.IOException;
import java.util.ArrayDeque;

/**
 * Pulls SSE events from the upstream reply through the decoder. One consumer thread calls {@link #next()};
 * {@link #close()} may come from any thread and aborts the connection, failing a blocked read promptly.
 */
public final class AnthropicChatStream implements ChatStream {
    private final String provider;
    private final HttpReply reply;
    private final SseReader reader;
    private final AnthropicStreamDecoder decoder;
    private final ArrayDeque<ChatChunk> pending = new ArrayDeque<>();
    private volatile boolean closed;
    private boolean ended;

    public AnthropicChatStream(String provider, HttpReply reply, AnthropicStreamDecoder decoder) {
        this.provider = provider;
        this.reply = reply;
        this.reader = new SseReader(reply.body());
        this.decoder = decoder;
    }

    @Override
    public ChatChunk next() {
        while (pending.isEmpty()) {
            if (ended) return null;
            if (closed) throw cancelled(null);
            SseEvent event = read();
            if (event == null) {
                endOfBody();
            } else if (!decoder.finished()) {
                decode(event);
            } // anything after message_stop is ignored while the body drains
        }
        return pending.poll();
    }

    /** The body ended: normal after message_stop (the connection can then be reused), a cut stream before. */
    private void endOfBody() {
        ended = true;
        reply.close();
        if (!decoder.finished()) {
            throw new ProviderException(ErrorKind.CONNECTION, provider, 0, "the stream from provider '" + provider
                    + "' was cut before it finished (no message_stop); the answer is incomplete", null, null);
        }
    }

    private void decode(SseEvent event) {
        try {
            pending.addAll(decoder.onEvent(event));
        } catch (GantryException e) {
            close();
            throw e;
        }
    }

    private SseEvent read() {
        try {
            return reader.next();
        } catch (IOException e) {
            if (closed) throw cancelled(e);
            close();
            throw new ProviderException(ErrorKind.CONNECTION, provider, 0, "the stream from provider '" + provider
                    + "' was cut before it finished (the connection failed); the answer is incomplete", null, e);
        } catch (GantryException e) {
            if (closed) throw cancelled(e);
            close();
            throw e;
        }
    }

    private GantryException cancelled(Throwable cause) {
        return new GantryException(ErrorKind.CANCELLED, "the stream from provider '" + provider
                + "' was closed before it ended", cause);
    }

    @Override
    public void close() {
        closed = true;
        reply.close();
    }
}
