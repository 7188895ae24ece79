package dev.gantry.core.chat;

/**
 * A pull-based stream of chunks from one upstream call. Made for virtual threads: {@link #next()} blocks
 * until the next event. {@link #close()} may be called from any thread at any time (client gone, deadline
 * passed) and aborts the upstream connection; a blocked {@code next()} then fails promptly.
 */
public interface ChatStream extends AutoCloseable {

    /**
     * @return the next chunk, or null when the upstream ended the stream normally
     * @throws dev.gantry.core.error.GantryException when the upstream failed, the stream was cut or malformed
     */
    ChatChunk next();

    /** Idempotent, thread-safe; aborts the upstream call if it is still running. */
    @Override
    void close();
}
