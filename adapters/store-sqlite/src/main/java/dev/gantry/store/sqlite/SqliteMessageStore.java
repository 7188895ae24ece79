package dev.gantry.store.sqlite;

import dev.gantry.core.error.ErrorKind;
import dev.gantry.core.error.GantryException;
import dev.gantry.core.knowledge.ChatRef;
import dev.gantry.core.knowledge.MessageScore;
import dev.gantry.core.knowledge.MessageStore;
import dev.gantry.core.knowledge.RawMessage;
import dev.gantry.core.knowledge.StoredMessage;
import dev.gantry.store.sqlite.internal.Statements;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/** Raw chat messages and their scores in {@code knowledge_message} and {@code knowledge_score}. */
public final class SqliteMessageStore implements MessageStore {
    private static final String COLUMNS = "id, source, chat_id, platform_message_id, author, text, sent_at, received_at, "
            + "raw_payload, truncated, chat_allowed";
    private static final String INSERT = "INSERT INTO knowledge_message (source, chat_id, platform_message_id, author, text, "
            + "sent_at, received_at, raw_payload, truncated, chat_allowed) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
            + "ON CONFLICT (source, chat_id, platform_message_id) DO NOTHING";
    private static final String BY_IDENTITY = "SELECT " + COLUMNS + " FROM knowledge_message "
            + "WHERE source = ? AND chat_id = ? AND platform_message_id = ?";
    private static final String PENDING = "SELECT m." + COLUMNS.replace(", ", ", m.") + " FROM knowledge_message m "
            + "JOIN knowledge_score s ON s.message_id = m.id WHERE s.signal = 1 AND m.extracted_at IS NULL "
            + "AND m.source = ? AND m.chat_id = ? ORDER BY m.id LIMIT ?";
    private final SqliteDatabase db;

    public SqliteMessageStore(SqliteDatabase db) {
        this.db = Objects.requireNonNull(db, "db");
    }

    @Override
    public StoredMessage insert(RawMessage m) {
        return db.writing("store message " + m.platformMessageId() + " of chat " + m.chat(), c -> {
            int inserted = Statements.update(c, INSERT, m.source(), m.chatId(), m.platformMessageId(), m.author(), m.text(),
                    m.sentAt().toEpochMilli(), m.receivedAt().toEpochMilli(), m.rawPayload(), m.truncated() ? 1 : 0,
                    m.chatAllowed() ? 1 : 0);
            RawMessage stored = Statements.first(c, BY_IDENTITY, SqliteMessageStore::message, m.source(), m.chatId(),
                    m.platformMessageId()).orElseThrow();
            return new StoredMessage(stored, inserted == 1);
        });
    }

    @Override
    public Optional<RawMessage> find(long id) {
        return db.reading("read message " + id, c -> Statements.first(c, "SELECT " + COLUMNS + " FROM knowledge_message WHERE id = ?",
                SqliteMessageStore::message, id));
    }

    @Override
    public List<RawMessage> findAll(Collection<Long> ids) {
        if (ids.isEmpty()) return List.of();
        String in = ids.stream().map(id -> Long.toString(id)).collect(Collectors.joining(","));
        return db.reading("read messages", c -> Statements.list(c, "SELECT " + COLUMNS + " FROM knowledge_message WHERE id IN ("
                + in + ") ORDER BY id", SqliteMessageStore::message));
    }

    @Override
    public void saveScore(MessageScore s) {
        db.writing("store the score of message " + s.messageId(), c -> Statements.update(c,
                "INSERT INTO knowledge_score (message_id, score, signal, reason, scored_at) VALUES (?, ?, ?, ?, ?) "
                        + "ON CONFLICT (message_id) DO UPDATE SET score = excluded.score, signal = excluded.signal, "
                        + "reason = excluded.reason, scored_at = excluded.scored_at",
                s.messageId(), s.score(), s.signal() ? 1 : 0, s.reason(), s.scoredAt().toEpochMilli()));
    }

    @Override
    public Optional<MessageScore> score(long messageId) {
        return db.reading("read the score of message " + messageId, c -> Statements.first(c,
                "SELECT message_id, score, signal, reason, scored_at FROM knowledge_score WHERE message_id = ?",
                rs -> new MessageScore(rs.getLong(1), rs.getDouble(2), rs.getInt(3) == 1, rs.getString(4),
                        Instant.ofEpochMilli(rs.getLong(5))), messageId));
    }

    @Override
    public List<RawMessage> unscored(int limit) {
        return db.reading("read unscored messages", c -> Statements.list(c, "SELECT " + COLUMNS + " FROM knowledge_message m "
                + "WHERE chat_allowed = 1 AND NOT EXISTS (SELECT 1 FROM knowledge_score s WHERE s.message_id = m.id) "
                + "ORDER BY id LIMIT ?", SqliteMessageStore::message, limit));
    }

    @Override
    public List<RawMessage> pendingSignal(ChatRef chat, int limit) {
        return db.reading("read pending messages of " + chat, c -> Statements.list(c, PENDING, SqliteMessageStore::message,
                chat.source(), chat.chatId(), limit));
    }

    @Override
    public List<ChatRef> chatsWithPendingSignal() {
        return db.reading("read chats with pending messages", c -> Statements.list(c, "SELECT DISTINCT m.source, m.chat_id "
                + "FROM knowledge_message m JOIN knowledge_score s ON s.message_id = m.id "
                + "WHERE s.signal = 1 AND m.extracted_at IS NULL ORDER BY m.source, m.chat_id",
                rs -> new ChatRef(rs.getString(1), rs.getString(2))));
    }

    @Override
    public void markExtracted(Collection<Long> ids, String batchId) {
        if (ids.isEmpty()) return;
        String in = ids.stream().map(id -> Long.toString(id)).collect(Collectors.joining(","));
        db.writing("mark messages extracted", c -> Statements.update(c, "UPDATE knowledge_message SET extracted_at = ?, "
                + "extraction_batch = ? WHERE id IN (" + in + ")", Instant.now().toEpochMilli(), batchId));
    }

    @Override
    public MessageCounts counts() {
        return db.reading("count messages", c -> Statements.first(c, "SELECT COUNT(*), "
                + "(SELECT COUNT(*) FROM knowledge_score), (SELECT COUNT(*) FROM knowledge_score WHERE signal = 1), "
                + "COUNT(extracted_at) FROM knowledge_message",
                rs -> new MessageCounts(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4))).orElseThrow());
    }

    private static RawMessage message(ResultSet rs) throws SQLException {
        return new RawMessage(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), Instant.ofEpochMilli(rs.getLong(7)), Instant.ofEpochMilli(rs.getLong(8)), rs.getString(9),
                rs.getInt(10) == 1, rs.getInt(11) == 1);
    }

    private GantryException failure(String what, SQLException e) {
        return new GantryException(ErrorKind.INTERNAL, "could not " + what + " in " + db.file()
                + "; check the file is writable and the disk has space", e);
    }
}
