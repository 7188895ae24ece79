package dev.gantry.core.knowledge;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Raw chat messages and their scores (port). Inserting is idempotent on (source, chat id, platform message id), so a
 * replayed webhook delivery is stored once. Messages are never deleted by the pipeline.
 */
public interface MessageStore {

    /** Stores the message, or returns the one already stored with the same identity (created = false). */
    StoredMessage insert(RawMessage message);

    Optional<RawMessage> find(long id);

    /** The messages with these ids that exist, in id order. */
    List<RawMessage> findAll(Collection<Long> ids);

    /** Replaces the message's score (a re-score after a threshold change overwrites the old one). */
    void saveScore(MessageScore score);

    Optional<MessageScore> score(long messageId);

    /** Allowed messages without a score, oldest first: what a restart must still score. */
    List<RawMessage> unscored(int limit);

    /** Signal messages of the chat not yet extracted, oldest first. */
    List<RawMessage> pendingSignal(ChatRef chat, int limit);

    /** Chats that have signal messages not yet extracted. */
    List<ChatRef> chatsWithPendingSignal();

    /** Records that these messages went through extraction {@code batchId}; they leave {@link #pendingSignal}. */
    void markExtracted(Collection<Long> ids, String batchId);

    /** Message counts: total, scored, signal, extracted (for the API and the dashboard). */
    MessageCounts counts();

    record MessageCounts(long total, long scored, long signal, long extracted) {
    }
}
