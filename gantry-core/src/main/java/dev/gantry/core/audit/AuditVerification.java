package dev.gantry.core.audit;

/**
 * What {@link AuditLog#verify} found: how many records it checked, the head, and the first bad record (null
 * when the chain is intact).
 */
public record AuditVerification(long records, AuditHead head, Tamper tamper) {

    public boolean ok() {
        return tamper == null;
    }

    /** Why a record is bad. */
    public enum Reason {
        /** The record's content no longer matches its own hash: it was edited. */
        HASH_MISMATCH,
        /** A sequence number is missing: records were dropped. */
        SEQUENCE_GAP,
        /** The record does not point at the record before it: records were reordered, or one was edited and re-hashed. */
        PREVIOUS_HASH_MISMATCH,
        /** The expected head is no longer in the chain: the tail was cut off (or the chain rewritten). */
        TRUNCATED
    }

    /** The first bad record, {@code seq}, and why, in words that say what probably happened. */
    public record Tamper(long seq, Reason reason, String explanation) {
        @Override
        public String toString() {
            return "record " + seq + ": " + explanation;
        }
    }
}
