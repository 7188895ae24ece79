package dev.gantry.knowledge.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gantry.core.knowledge.RawMessage;
import java.time.Instant;
import java.util.List;

/**
 * Reads a Telegram Bot API update. A message, channel post or their edits carry text (or a caption); the platform
 * message id is the chat's message_id, so an edit or a redelivered update maps to the message already stored (edits
 * are not applied: the first text is kept). Updates without text (stickers, joins) are acknowledged and not stored.
 */
public final class TelegramUpdates {
    public static final String SOURCE = "telegram";
    private static final List<String> MESSAGE_FIELDS = List.of("message", "channel_post", "edited_message", "edited_channel_post");

    private TelegramUpdates() {
    }

    public static Delivery parse(byte[] body, Instant receivedAt) {
        JsonNode update = Payloads.object(body, "the Telegram update");
        Payloads.required(update, "/update_id", "the Telegram update");
        for (String field : MESSAGE_FIELDS) {
            JsonNode m = update.get(field);
            if (m != null && m.isObject()) return message(m, update, receivedAt);
        }
        return Delivery.ignored("the update carries no message (only message, channel_post and their edits are read)");
    }

    private static Delivery message(JsonNode m, JsonNode update, Instant receivedAt) {
        String text = m.hasNonNull("text") ? m.get("text").asText() : m.path("caption").asText("");
        if (text.isBlank()) return Delivery.ignored("the message has no text or caption");
        String chat = Payloads.required(m, "/chat/id", "the Telegram message");
        String id = Payloads.required(m, "/message_id", "the Telegram message");
        long date = m.path("date").asLong(receivedAt.getEpochSecond());
        return Delivery.of(List.of(new RawMessage(0, SOURCE, chat, id, author(m), text, Instant.ofEpochSecond(date),
                receivedAt, Payloads.compact(update), false, true)));
    }

    private static String author(JsonNode m) {
        JsonNode from = m.path("from");
        if (from.hasNonNull("username")) return from.get("username").asText();
        if (from.hasNonNull("first_name")) return (from.get("first_name").asText() + " " + from.path("last_name").asText("")).trim();
        if (from.hasNonNull("id")) return from.get("id").asText();
        return m.path("author_signature").asText(m.path("chat").path("title").asText("unknown"));
    }
}
