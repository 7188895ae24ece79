package dev.gantry.core.knowledge;

import java.time.Instant;

/**
 * How much a message carries knowledge rather than chatter.
 *
 * @param score  in [0, 1]; higher is more likely signal
 * @param signal score at or above the threshold in force when it was scored
 * @param reason human-readable: the features and nearest exemplar that decided
 */
public record MessageScore(long messageId, double score, boolean signal, String reason, Instant scoredAt) {
}
