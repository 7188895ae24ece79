package dev.gantry.knowledge.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gantry.core.error.GantryException;
import dev.gantry.core.knowledge.RawMessage;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Reads a Slack Events API request: the url_verification handshake (answered with its challenge) or an
 * event_callback whose event is a channel message. The platform message id is the message's ts, unique within its
 * channel, so a retried delivery (Slack retries unanswered events) maps to the message already stored. Edits,
 * deletions and other subtypes are acknowledged and not stored.
 */
public final class SlackEvents {
    public static final String SOURCE = "slack";
    private static final Set<String> KEPT_SUBTYPES = Set.of("", "thread_broadcast", "file_share");

    private SlackEvents() {
    }

    public static Delivery parse(byte[] body, Instant receivedAt) {
        JsonNode request = Payloads.object(body, "the Slack event");
        String type = request.path("type").asText("");
        return switch (type) {
            case "url_verification" -> Delivery.challenge(Payloads.required(request, "/challenge", "the url_verification request"));
            case "event_callback" -> event(request, receivedAt);
            default -> throw GantryException.invalid("type", "Slack request type '" + type
                    + "' is not handled; expected url_verification or event_callback");
        };
    }

    private static Delivery event(JsonNode request, Instant receivedAt) {
        JsonNode e = request.path("event");
        if (!"message".equals(e.path("type").asText())) {
            return Delivery.ignored("event type '" + e.path("type").asText() + "' is not a message");
        }
        if (!KEPT_SUBTYPES.contains(e.path("subtype").asText(""))) {
            return Delivery.ignored("message subtype '" + e.path("subtype").asText() + "' is not stored");
        }
        String text = e.path("text").asText("");
        if (text.isBlank()) return Delivery.ignored("the message has no text");
        String channel = Payloads.required(e, "/channel", "the Slack message event");
        String ts = Payloads.required(e, "/ts", "the Slack message event");
        String author = e.path("user").asText(e.path("username").asText(e.path("bot_id").asText("unknown")));
        return Delivery.of(List.of(new RawMessage(0, SOURCE, channel, ts, author, text, sentAt(ts, receivedAt), receivedAt,
                Payloads.compact(request), false, true)));
    }

    private static Instant sentAt(String ts, Instant fallback) {
        try {
            BigDecimal seconds = new BigDecimal(ts);
            return Instant.ofEpochMilli(seconds.movePointRight(3).longValue());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
