package dev.gantry.core.audit;

/**
 * The last record of a log: its sequence number and hash. Kept somewhere the log's writer cannot change (a
 * ticket, a second machine), it later proves that no record up to it was dropped from the tail.
 */
public record AuditHead(long seq, String hash) {
    /** The head of an empty log. */
    public static final AuditHead EMPTY = new AuditHead(0, AuditHash.GENESIS);

    @Override
    public String toString() {
        return seq + " " + hash;
    }
}
