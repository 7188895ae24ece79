package dev.gantry.core.batch;

/**
 * Item counts of a batch.
 *
 * @param total     items submitted
 * @param succeeded items answered
 * @param failed    items that ended in an error, expired or were cancelled
 */
public record BatchCounts(int total, int succeeded, int failed) {
    public BatchCounts {
        if (total < 0 || succeeded < 0 || failed < 0) {
            throw new IllegalArgumentException("batch counts must be 0 or more: total=" + total + ", succeeded="
                    + succeeded + ", failed=" + failed);
        }
    }

    /** Items neither answered nor failed yet. */
    public int pending() {
        return Math.max(0, total - succeeded - failed);
    }
}
