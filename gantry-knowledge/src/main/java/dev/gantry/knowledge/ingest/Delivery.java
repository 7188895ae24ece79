package dev.gantry.knowledge.ingest;

import dev.gantry.core.knowledge.RawMessage;
import java.util.List;

/**
 * What one webhook or API call carried: messages to store, a reply the platform expects instead (Slack's
 * url_verification challenge), or nothing worth storing (a sticker, a join) with the reason.
 */
public record Delivery(List<RawMessage> messages, String challenge, String ignoredBecause) {
    public static Delivery of(List<RawMessage> messages) {
        return new Delivery(List.copyOf(messages), null, null);
    }

    public static Delivery challenge(String challenge) {
        return new Delivery(List.of(), challenge, null);
    }

    public static Delivery ignored(String why) {
        return new Delivery(List.of(), null, why);
    }
}
