package dev.gantry.rag.answer;

import dev.gantry.core.chat.ChatStream;
import java.util.List;

/**
 * A streamed answer: the caller relays {@code stream} and, after its end, reports the citations with
 * {@link Citations#referenced(String, List)} over the text it relayed.
 */
public record AnswerStream(ChatStream stream, List<Source> sources) implements AutoCloseable {
    public AnswerStream {
        sources = List.copyOf(sources);
    }

    @Override
    public void close() {
        stream.close();
    }
}
