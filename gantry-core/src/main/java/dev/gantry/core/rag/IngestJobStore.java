package dev.gantry.core.rag;

import java.util.List;
import java.util.Optional;

/** Durable record of ingest jobs and their items (SQLite by default). */
public interface IngestJobStore {
    /** Records a queued job and all its items in one transaction; items are numbered from 0 in order. */
    IngestJob create(String collection, List<IngestItem> items);

    Optional<IngestJob> get(String jobId);

    /** Newest first; {@code collection} null means all. */
    List<IngestJob> list(String collection, int limit);

    /** Jobs that were queued or running when the process stopped, oldest first. */
    List<IngestJob> unfinished();

    /** Pending items of the job in order, {@code limit} at most, from {@code fromSeq}. */
    List<IngestItem> pending(String jobId, int fromSeq, int limit);

    /** Failed items with their errors. */
    List<IngestItem> failures(String jobId, int limit);

    /**
     * Marks items (in one transaction) and updates the job's counters. An item may be marked again: its previous
     * state leaves the counters. Unknown job: NOT_FOUND; an item the job does not have: INVALID_REQUEST, nothing marked.
     */
    void mark(String jobId, List<IngestItem> settled);

    void setStatus(String jobId, IngestJob.Status status);

    /** Removes the collection's jobs (when the collection is deleted). */
    void deleteForCollection(String collection);
}
