package dev.gantry.core.knowledge;

import java.time.Instant;

/** A named theme of a conversation with a summary; atoms belong to one topic. Identified by its name, case-insensitively. */
public record Topic(long id, String name, String summary, Instant createdAt, Instant updatedAt) {
}
