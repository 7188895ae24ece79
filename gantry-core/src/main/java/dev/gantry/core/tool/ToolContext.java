package dev.gantry.core.tool;

import java.time.Instant;

/** Who calls a tool and until when: the run it belongs to, the virtual key's id (may be null), the deadline. */
public record ToolContext(String runId, String keyId, Instant deadline) {
}
