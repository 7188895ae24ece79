package dev.gantry.knowledge.search;

import dev.gantry.core.knowledge.RawMessage;
import java.time.Instant;

/** A source message as a search result cites it. */
public record Citation(long messageId, String source, String chatId, String author, Instant sentAt, String text) {
    static Citation of(RawMessage m) {
        return new Citation(m.id(), m.source(), m.chatId(), m.author(), m.sentAt(), m.text());
    }
}
