package dev.gantry.core.audit;

/**
 * A stored record that no longer makes a valid {@link AuditEvent} (an empty type, a detail that looks like a
 * secret): only a change outside Gantry can do that. {@link AuditLog#verify} reports it as an edited record.
 */
public final class UnreadableAuditRecordException extends RuntimeException {
    private final long seq;

    public UnreadableAuditRecordException(long seq, String where, IllegalArgumentException cause) {
        super("audit record " + seq + " in " + where + " cannot be read back (" + cause.getMessage()
                + "); it was changed outside Gantry: run `gantry audit verify`", cause);
        this.seq = seq;
    }

    public long seq() {
        return seq;
    }
}
