package dev.gantry.core.batch;

import java.time.Instant;

/**
 * A batch as Gantry keeps it, so it outlives a restart.
 *
 * @param id          Gantry's id ("gb_...") given to the client
 * @param alias       the model alias the client named
 * @param provider    the configured provider the batch went to
 * @param model       the upstream model every item was sent to
 * @param upstreamId  the provider's batch id
 * @param keyName     the virtual key that submitted it, or null without keys
 * @param feature     the caller's x-gantry-feature tag, or null
 * @param finishedAt  when Gantry saw it terminal, or null
 * @param settled     whether its results are stored and its ledger rows written
 * @param error       why the whole batch failed, or null
 */
public record BatchRecord(String id, String alias, String provider, String model, String upstreamId,
                          BatchState state, BatchCounts counts, Instant submittedAt, Instant finishedAt,
                          String keyName, String feature, boolean settled, String error) {

    /** This record after a status poll. */
    public BatchRecord polled(BatchJob job, Instant now) {
        Instant finished = job.state().terminal() ? (finishedAt != null ? finishedAt : now) : null;
        BatchCounts c = job.counts().total() == 0 ? new BatchCounts(counts.total(), job.counts().succeeded(),
                job.counts().failed()) : job.counts();
        return new BatchRecord(id, alias, provider, model, upstreamId, job.state(), c, submittedAt, finished, keyName,
                feature, settled, job.error());
    }
}
