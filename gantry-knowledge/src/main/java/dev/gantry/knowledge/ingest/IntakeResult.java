package dev.gantry.knowledge.ingest;

import dev.gantry.core.knowledge.RawMessage;

/**
 * What happened to one delivered message.
 *
 * @param created false when the same message was stored before (a replayed delivery)
 */
public record IntakeResult(RawMessage message, boolean created) {
    /** The status the API reports: "stored", "duplicate", or "stored_unlisted_chat" (kept, not processed). */
    public String status() {
        if (!created) return "duplicate";
        return message.chatAllowed() ? "stored" : "stored_unlisted_chat";
    }
}
