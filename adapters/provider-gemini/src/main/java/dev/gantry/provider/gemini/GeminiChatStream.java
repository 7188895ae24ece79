package dev.gantry.provider.gemini;

import dev.gantry.core.chat.ChatChunk;
import dev.gantry.core.chat.ChatStream;
import dev.gantry.core.error.ErrorKind;
import dev.gantry.core.error.GantryException;
import dev.gantry.core.error.ProviderException;
import dev.gantry.core.http.HttpReply;
import dev.gantry.core.http.SseEvent;
import dev.gantry.core.http.SseReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Pulls SSE events from the reply and hands out the decoder's chunks. Gemini sends no terminal event: an
 * EOF is the normal end only after every choice carried a finishReason, otherwise the stream was cut.
 */
final class GeminiChatStream implements ChatStream {
    private final HttpReply reply;
    private final SseReader reader;
    private final GeminiStreamDecoder decoder;
    private final String provider;
    private final ArrayDeque<ChatChunk> pending = new ArrayDeque<>();
    private final AtomicBoolean closed = new AtomicBoolean();
    private boolean ended;

    GeminiChatStream(HttpReply reply, GeminiStreamDecoder decoder, String provider) {
        this.reply = reply;
        this.reader = new SseReader(reply.body());
        this.decoder = decoder;
        this.provider = provider;
    }

    @Override
    public ChatChunk next() {
        while (true) {
            if (closed.get() && !ended) throw cancelled(null);
            ChatChunk chunk = pending.poll();
            if (chunk != null) return chunk;
            if (ended) return null;
            SseEvent event = read();
            if (event == null) {
                endAtEof();
                continue;
            }
            try {
                pending.addAll(decoder.onEvent(event));
            } catch (GantryException e) {
                close();
                throw e;
            }
        }
    }

    private SseEvent read() {
        try {
            return reader.next();
        } catch (IOException | UncheckedIOException | GantryException e) {
            if (closed.get()) throw cancelled(e);
            close();
            throw cut(e);
        }
    }

    private void endAtEof() {
        if (closed.get()) throw cancelled(null); // an abort can surface as a plain EOF
        ended = true;
        reply.close();
        if (!decoder.complete()) throw cut(null);
    }

    private ProviderException cut(Throwable cause) {
        return new ProviderException(ErrorKind.CONNECTION, provider, 0, "the Gemini stream from provider '" + provider
                + "' was cut before it finished (no finishReason arrived); retry the request", null, cause);
    }

    private GantryException cancelled(Throwable cause) {
        return new GantryException(ErrorKind.CANCELLED, "the Gemini stream from provider '" + provider
                + "' was closed by the caller before it finished", cause);
    }

    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) reply.close();
    }
}
