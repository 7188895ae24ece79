package dev.gantry.core.rag;

import java.time.Instant;

/**
 * A background ingest: its items are recorded before work starts, so a crashed job resumes where it stopped
 * (items already done are not redone; an item redone after a crash is a no-op by content hash).
 *
 * @param skipped items whose content was already indexed unchanged
 */
public record IngestJob(String id, String collection, Status status, int total, int done, int skipped, int failed,
                        Instant createdAt, Instant updatedAt) {
    public enum Status { QUEUED, RUNNING, SUCCEEDED, FAILED, CANCELLED }

    public boolean finished() {
        return status == Status.SUCCEEDED || status == Status.FAILED || status == Status.CANCELLED;
    }
}
