package dev.gantry.core.knowledge;

import java.time.Instant;
import java.util.Objects;

/**
 * One chat message exactly as it arrived, stored before anything else happens to it so that nothing is lost
 * whatever fails later. (source, chatId, platformMessageId) identifies it: a replayed delivery is the same message.
 *
 * @param id          assigned by the store; 0 before the message is stored
 * @param source      "telegram", "slack" or "api" (the generic JSON route)
 * @param text        the text, cut to the configured limit when {@code truncated}
 * @param rawPayload  the delivery as received (JSON), for re-processing
 * @param chatAllowed false when the chat is not on the allow-list: kept, but neither scored nor extracted
 */
public record RawMessage(long id, String source, String chatId, String platformMessageId, String author, String text,
                         Instant sentAt, Instant receivedAt, String rawPayload, boolean truncated, boolean chatAllowed) {
    public RawMessage {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(chatId, "chatId");
        Objects.requireNonNull(platformMessageId, "platformMessageId");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(sentAt, "sentAt");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(rawPayload, "rawPayload");
    }

    public RawMessage withId(long newId) {
        return new RawMessage(newId, source, chatId, platformMessageId, author, text, sentAt, receivedAt, rawPayload,
                truncated, chatAllowed);
    }

    /** The conversation the message belongs to, the unit of extraction batches. */
    public ChatRef chat() {
        return new ChatRef(source, chatId);
    }
}
