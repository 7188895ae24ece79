package dev.gantry.knowledge.ingest;

import dev.gantry.core.error.ErrorKind;
import dev.gantry.core.error.GantryException;
import dev.gantry.core.knowledge.MessageStore;
import dev.gantry.core.knowledge.RawMessage;
import dev.gantry.core.knowledge.StoredMessage;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Stores delivered messages before anything else: the allow-list marks them processed or kept-only, the size limit
 * applies, and each newly stored allowed message is handed to {@code onStored} (which enqueues its scoring). A
 * replayed delivery is stored once and not handed on again.
 *
 * <p>Oversized text: a caller of the generic API gets a 413 and can split the message; a platform webhook cannot
 * change what its users wrote, so the text is cut at the limit (on a character boundary) and flagged truncated, and
 * the raw payload is kept whole.
 */
public final class MessageIntake {
    private static final System.Logger LOG = System.getLogger("dev.gantry.knowledge");
    private final MessageStore store;
    private final ChatAllowList allowList;
    private final int maxMessageBytes;
    private final Consumer<RawMessage> onStored;
    private final Set<String> warnedChats = java.util.concurrent.ConcurrentHashMap.newKeySet();

    public MessageIntake(MessageStore store, ChatAllowList allowList, int maxMessageBytes, Consumer<RawMessage> onStored) {
        this.store = store;
        this.allowList = allowList;
        this.maxMessageBytes = maxMessageBytes;
        this.onStored = onStored;
    }

    /** Messages from the generic API: all are checked before any is stored, so a 413 stores none of them. */
    public List<IntakeResult> acceptFromApi(Delivery delivery) {
        for (RawMessage m : delivery.messages()) {
            int bytes = m.text().getBytes(StandardCharsets.UTF_8).length;
            if (bytes > maxMessageBytes) {
                throw new GantryException(ErrorKind.PAYLOAD_TOO_LARGE, "message '" + m.platformMessageId() + "' of chat '"
                        + m.chatId() + "' has " + bytes + " bytes of text, more than knowledge.max-message-bytes ("
                        + maxMessageBytes + "); split it into several messages or raise the limit");
            }
        }
        return store(delivery.messages());
    }

    /** Messages from a platform webhook: oversized text is cut and flagged, never refused. */
    public List<IntakeResult> acceptFromWebhook(Delivery delivery) {
        return store(delivery.messages().stream().map(this::cut).toList());
    }

    private List<IntakeResult> store(List<RawMessage> messages) {
        List<IntakeResult> out = new ArrayList<>(messages.size());
        for (RawMessage m : messages) {
            boolean allowed = allowList.allows(m.chat());
            if (!allowed && warnedChats.add(m.chat().toString())) {
                LOG.log(System.Logger.Level.WARNING, "messages of chat {0} are stored but not processed: it is not in "
                        + "knowledge.allowed-chats", m.chat());
            }
            StoredMessage s = store.insert(new RawMessage(0, m.source(), m.chatId(), m.platformMessageId(), m.author(),
                    m.text(), m.sentAt(), m.receivedAt(), m.rawPayload(), m.truncated(), allowed));
            out.add(new IntakeResult(s.message(), s.created()));
            if (s.created() && s.message().chatAllowed()) onStored.accept(s.message());
        }
        return out;
    }

    private RawMessage cut(RawMessage m) {
        byte[] utf8 = m.text().getBytes(StandardCharsets.UTF_8);
        if (utf8.length <= maxMessageBytes) return m;
        int end = maxMessageBytes;
        while (end > 0 && (utf8[end] & 0xC0) == 0x80) end--; // back to the start of a UTF-8 character
        String text = new String(utf8, 0, end, StandardCharsets.UTF_8);
        return new RawMessage(0, m.source(), m.chatId(), m.platformMessageId(), m.author(), text, m.sentAt(),
                m.receivedAt(), m.rawPayload(), true, m.chatAllowed());
    }
}
