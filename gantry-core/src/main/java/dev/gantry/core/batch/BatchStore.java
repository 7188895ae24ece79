package dev.gantry.core.batch;

import java.util.List;
import java.util.Optional;

/** Where batches and their results are kept. Implementations are thread-safe. */
public interface BatchStore {
    /** Stores a new batch and the custom ids of its requests, in order; fails when its id exists. */
    void create(BatchRecord batch, List<String> customIds);

    /** The custom ids the batch was submitted with, in order (to account for requests a provider never ran). */
    List<String> customIds(String id);

    /** Replaces state, counts, finishedAt and error of a stored batch (what a poll learnt). */
    void update(BatchRecord batch);

    Optional<BatchRecord> find(String id);

    /** Batches whose results are not stored yet (running, or terminal but not settled), oldest first. */
    List<BatchRecord> unsettled();

    /**
     * Stores the result lines and marks the batch settled, atomically; a second call for the same batch
     * replaces the lines (a settle retried after a crash stores each item once).
     */
    void settle(String id, List<ResultLine> lines);

    /** The stored result lines in submission order of their storing; empty until settled. */
    List<ResultLine> results(String id);

    /** One item's stored outcome: the custom id and the JSON line Gantry serves for it. */
    record ResultLine(String customId, String json) {
    }
}
