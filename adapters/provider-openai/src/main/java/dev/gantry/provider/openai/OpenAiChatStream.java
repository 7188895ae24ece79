package dev.gantry.provider.openai;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gantry.core.chat.ChatChunk;
import dev.gantry.core.chat.ChatStream;
import dev.gantry.core.error.ErrorKind;
import dev.gantry.core.error.ProviderException;
import dev.gantry.core.http.HttpReply;
import dev.gantry.core.http.SseEvent;
import dev.gantry.core.http.SseReader;
import dev.gantry.provider.openai.internal.ChunkCodec;
import dev.gantry.provider.openai.internal.Json;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * An OpenAI SSE stream as ChatChunks. Only {@code data: [DONE]} ends it normally: an end of body before
 * it is a cut stream, an error, never a silent truncation. {@link #next()} is for one consumer thread;
 * {@link #close()} may come from any thread and turns the consumer's pending read into CANCELLED.
 */
final class OpenAiChatStream implements ChatStream {
    private final String provider;
    private final HttpReply reply;
    private final SseReader events;
    private final AtomicBoolean closed = new AtomicBoolean();
    private boolean done;
    private RuntimeException failure;

    OpenAiChatStream(String provider, HttpReply reply) {
        this.provider = provider;
        this.reply = reply;
        this.events = new SseReader(reply.body());
    }

    @Override
    public ChatChunk next() {
        if (failure != null) throw failure;
        if (done) return null;
        try {
            ChatChunk chunk = read();
            if (chunk == null) {
                done = true;
                close();
            }
            return chunk;
        } catch (RuntimeException e) {
            failure = e;
            close();
            throw e;
        }
    }

    private ChatChunk read() {
        SseEvent event;
        while ((event = nextEvent()) != null) {
            if (closed.get()) throw cancelled(null); // events already buffered are not handed out after close()
            String data = event.data();
            if (data.isBlank()) continue;
            if (data.strip().equals("[DONE]")) return null;
            JsonNode root = parse(data);
            if (root.has("error")) throw OpenAiErrors.fromErrorObject(provider, root, "mid-stream");
            ChatChunk chunk = ChunkCodec.read(root);
            // Azure opens with a choices-less prompt_filter_results event: nothing for the client
            if (!chunk.choices().isEmpty() || chunk.usage() != null) return chunk;
        }
        if (closed.get()) throw cancelled(null);
        throw new ProviderException(ErrorKind.UPSTREAM_ERROR, provider, 0, "stream from provider '" + provider
                + "' was cut before it finished (no [DONE] event); the answer is incomplete", null, null);
    }

    private SseEvent nextEvent() {
        try {
            return events.next();
        } catch (IOException e) {
            if (closed.get()) throw cancelled(e);
            throw new ProviderException(ErrorKind.CONNECTION, provider, 0, "stream from provider '" + provider
                    + "' was cut before it finished: the connection failed mid-answer", null, e);
        }
    }

    private JsonNode parse(String data) {
        try {
            JsonNode root = Json.parseUpstream(data);
            if (root != null && root.isObject()) return root;
        } catch (IOException e) {
            throw malformed(e);
        }
        throw malformed(null);
    }

    private ProviderException malformed(Throwable cause) {
        return new ProviderException(ErrorKind.MALFORMED_RESPONSE, provider, 0, "stream from provider '" + provider
                + "' sent an event that is not a JSON object; the provider is not speaking the OpenAI dialect",
                null, cause);
    }

    private ProviderException cancelled(Throwable cause) {
        return new ProviderException(ErrorKind.CANCELLED, provider, 0, "stream from provider '" + provider
                + "' was closed before it finished", null, cause);
    }

    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) reply.close();
    }
}
