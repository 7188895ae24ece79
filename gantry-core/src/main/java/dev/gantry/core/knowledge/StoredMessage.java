package dev.gantry.core.knowledge;

/** The outcome of storing a message: the stored row, and whether this call created it (false: a replay). */
public record StoredMessage(RawMessage message, boolean created) {
}
