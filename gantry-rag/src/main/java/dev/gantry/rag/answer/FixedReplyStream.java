package dev.gantry.rag.answer;

import dev.gantry.core.chat.ChatChunk;
import dev.gantry.core.chat.ChatStream;
import dev.gantry.core.chat.ChoiceDelta;
import dev.gantry.core.chat.FinishReason;
import dev.gantry.core.chat.Role;
import dev.gantry.core.chat.Usage;
import java.util.List;

/** A stream that needs no model: the whole reply in one chunk, then the finish with zero usage. */
final class FixedReplyStream implements ChatStream {
    private final String id;
    private final String text;
    private final long created = System.currentTimeMillis() / 1000;
    private int sent;
    private volatile boolean closed;

    FixedReplyStream(String id, String text) {
        this.id = id;
        this.text = text;
    }

    @Override
    public synchronized ChatChunk next() {
        if (closed) return null;
        return switch (sent++) {
            case 0 -> chunk(new ChoiceDelta(0, Role.ASSISTANT, text, null, null, null, null, null), null);
            case 1 -> chunk(ChoiceDelta.finish(0, FinishReason.STOP), Usage.ZERO);
            default -> null;
        };
    }

    private ChatChunk chunk(ChoiceDelta delta, Usage usage) {
        return new ChatChunk(id, null, created, List.of(delta), usage, null);
    }

    @Override
    public void close() {
        closed = true;
    }
}
