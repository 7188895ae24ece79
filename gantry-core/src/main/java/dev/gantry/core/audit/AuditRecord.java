package dev.gantry.core.audit;

import java.util.Objects;

/**
 * One link of the chain: the event at position {@code seq} (1, 2, 3 ... without gaps), the hash of the record
 * before it ({@link AuditHash#GENESIS} for the first) and its own hash, {@link AuditHash#of} over all three.
 */
public record AuditRecord(long seq, AuditEvent event, String previousHash, String hash) {
    public AuditRecord {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(previousHash, "previousHash");
        Objects.requireNonNull(hash, "hash");
    }

    /** Chains {@code event} after {@code previous} (the head of the log). */
    public static AuditRecord after(AuditHead previous, AuditEvent event) {
        long seq = previous.seq() + 1;
        return new AuditRecord(seq, event, previous.hash(), AuditHash.of(seq, event, previous.hash()));
    }

    public AuditHead asHead() {
        return new AuditHead(seq, hash);
    }
}
