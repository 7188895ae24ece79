package dev.gantry.core.batch;

import java.time.Instant;

/**
 * A provider batch as the provider last reported it.
 *
 * @param upstreamId     the provider's batch id ("batch_abc", "msgbatch_01...")
 * @param state          the state in Gantry's vocabulary
 * @param upstreamStatus the provider's own status word, for operators
 * @param counts         item counts (total is known from submission on)
 * @param createdAt      when the provider accepted the batch
 * @param endedAt        when it reached a terminal state, or null
 * @param error          why the provider refused the whole batch (state FAILED), else null
 */
public record BatchJob(String upstreamId, BatchState state, String upstreamStatus, BatchCounts counts,
                       Instant createdAt, Instant endedAt, String error) {
}
