package dev.gantry.knowledge.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gantry.core.error.GantryException;
import dev.gantry.core.knowledge.RawMessage;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads {@code POST /v1/knowledge/messages}: one message object, or {@code {"messages": [...]}} (at most
 * {@value #MAX_BATCH}). Each has chat_id, message_id, author, text and optionally sent_at (ISO-8601 or epoch seconds)
 * and source (default "api").
 */
public final class GenericMessages {
    public static final String SOURCE = "api";
    public static final int MAX_BATCH = 500;

    private GenericMessages() {
    }

    public static Delivery parse(byte[] body, Instant receivedAt) {
        JsonNode root = Payloads.object(body, "the request body");
        if (!root.has("messages")) return Delivery.of(List.of(message(root, receivedAt, "")));
        JsonNode list = root.get("messages");
        if (!list.isArray() || list.isEmpty()) {
            throw GantryException.invalid("messages", "'messages' must be a non-empty array of message objects");
        }
        if (list.size() > MAX_BATCH) {
            throw GantryException.invalid("messages", "'messages' has " + list.size() + " items, more than " + MAX_BATCH
                    + "; send them in several requests");
        }
        List<RawMessage> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) out.add(message(list.get(i), receivedAt, "messages[" + i + "]."));
        return Delivery.of(out);
    }

    private static RawMessage message(JsonNode m, Instant receivedAt, String where) {
        if (!m.isObject()) throw GantryException.invalid(where, where + " must be a message object");
        String chat = field(m, "chat_id", where);
        String id = field(m, "message_id", where);
        String author = field(m, "author", where);
        JsonNode text = m.get("text");
        if (text == null || !text.isTextual() || text.asText().isBlank()) {
            throw GantryException.invalid(where + "text", "'" + where + "text' must be a non-blank string");
        }
        String source = m.hasNonNull("source") ? field(m, "source", where) : SOURCE;
        return new RawMessage(0, source, chat, id, author, text.asText(), sentAt(m.get("sent_at"), receivedAt, where),
                receivedAt, m.toString(), false, true);
    }

    private static String field(JsonNode m, String name, String where) {
        JsonNode v = m.get(name);
        if (v == null || v.isNull() || !v.isValueNode() || v.asText().isBlank()) {
            throw GantryException.invalid(where + name, "'" + where + name + "' is required (a string or number)");
        }
        if (v.asText().length() > 256) {
            throw GantryException.invalid(where + name, "'" + where + name + "' is longer than 256 characters");
        }
        return v.asText();
    }

    private static Instant sentAt(JsonNode v, Instant fallback, String where) {
        if (v == null || v.isNull()) return fallback;
        if (v.isNumber()) return Instant.ofEpochMilli((long) (v.asDouble() * 1000));
        try {
            return Instant.parse(v.asText());
        } catch (DateTimeParseException e) {
            throw GantryException.invalid(where + "sent_at", "'" + where + "sent_at' '" + v.asText()
                    + "' is neither ISO-8601 (2026-12-07T09:00:00Z) nor epoch seconds");
        }
    }
}
