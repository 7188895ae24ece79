package dev.gantry.core.audit;

import java.util.List;

/**
 * An append-only, hash-chained log of security-relevant events (key and config changes, guard decisions,
 * admin actions). Each record commits to the one before it, so {@link #verify} finds any record edited,
 * dropped or reordered after the fact; a head kept elsewhere also catches a cut-off tail.
 * Implementations are thread-safe and keep one chain however many threads (or processes) append.
 */
public interface AuditLog {

    /** Adds {@code event} at the end of the chain; durable (committed) when this returns. */
    AuditRecord append(AuditEvent event);

    /** Up to {@code limit} records with a sequence number above {@code afterSeq}, in order. */
    List<AuditRecord> read(long afterSeq, int limit);

    /** Up to {@code limit} records of {@code type} about {@code subject} (a request id, a key name), oldest first. */
    List<AuditRecord> find(String type, String subject, int limit);

    /** The last record's sequence number and hash; {@link AuditHead#EMPTY} for an empty log. */
    AuditHead head();

    /** Checks the whole chain as stored. */
    default AuditVerification verify() {
        return AuditChain.verify(this, null);
    }

    /**
     * Checks the whole chain and that a record with hash {@code expectedHead} (a head noted earlier) is still
     * in it: the log may have grown since, but must not have lost its tail.
     */
    default AuditVerification verify(String expectedHead) {
        return AuditChain.verify(this, expectedHead);
    }
}
