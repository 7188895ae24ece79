package dev.gantry.core.audit;

import dev.gantry.core.audit.AuditVerification.Reason;
import dev.gantry.core.audit.AuditVerification.Tamper;
import java.util.ArrayList;
import java.util.List;

/** Walks a log page by page and checks every link; shared by all adapters through {@link AuditLog#verify}. */
final class AuditChain {
    static final int PAGE = 1_000;
    private final AuditLog log;
    private AuditHead previous = AuditHead.EMPTY;

    private AuditChain(AuditLog log) {
        this.log = log;
    }

    static AuditVerification verify(AuditLog log, String expectedHead) {
        if (expectedHead != null && !AuditHash.isHash(expectedHead)) {
            throw new IllegalArgumentException("expected head '" + expectedHead + "' is not a hash; pass the 64 "
                    + "hex characters printed by `gantry audit verify` (after 'head <seq>')");
        }
        return new AuditChain(log).walk(expectedHead);
    }

    private AuditVerification walk(String expectedHead) {
        boolean sawExpected = expectedHead == null || expectedHead.equals(AuditHash.GENESIS);
        Page page;
        do {
            page = readPage();
            for (AuditRecord r : page.records()) {
                Tamper bad = check(r);
                if (bad != null) return result(bad);
                sawExpected |= r.hash().equals(expectedHead);
                previous = r.asHead();
            }
            if (page.unreadable() != null) return result(unreadable(page.unreadable()));
        } while (page.records().size() == PAGE);
        return result(sawExpected ? null : truncated(expectedHead));
    }

    /** The stored records that read back, and the one that did not (null when all did). */
    private record Page(List<AuditRecord> records, UnreadableAuditRecordException unreadable) {
    }

    private Page readPage() {
        try {
            return new Page(log.read(previous.seq(), PAGE), null);
        } catch (UnreadableAuditRecordException e) {
            return new Page(readBefore(e.seq()), e);
        }
    }

    /** The records stored before {@code seq}, one read each, so that those before a bad record are still checked. */
    private List<AuditRecord> readBefore(long seq) {
        List<AuditRecord> out = new ArrayList<>();
        long after = previous.seq();
        while (after < seq - 1) {
            List<AuditRecord> one;
            try {
                one = log.read(after, 1);
            } catch (UnreadableAuditRecordException e) {
                break;
            }
            if (one.isEmpty() || one.getFirst().seq() >= seq) break;
            out.add(one.getFirst());
            after = one.getFirst().seq();
        }
        return out;
    }

    private AuditVerification result(Tamper tamper) {
        return new AuditVerification(previous.seq(), previous, tamper);
    }

    /** Gap first (the cause), then the link, then the record's own hash. */
    private Tamper check(AuditRecord r) {
        long expectedSeq = previous.seq() + 1;
        if (r.seq() != expectedSeq) return gap(expectedSeq, r.seq());
        if (!r.previousHash().equals(previous.hash())) {
            return new Tamper(r.seq(), Reason.PREVIOUS_HASH_MISMATCH, "previous hash " + r.previousHash()
                    + " is not the hash of record " + previous.seq() + " (" + previous.hash()
                    + "): records were reordered or dropped, or record " + previous.seq() + " was edited and re-hashed");
        }
        String computed = AuditHash.of(r.seq(), r.event(), r.previousHash());
        if (!computed.equals(r.hash())) {
            return new Tamper(r.seq(), Reason.HASH_MISMATCH, "content does not match its hash (stored " + r.hash()
                    + ", computed " + computed + "): the record was edited");
        }
        return null;
    }

    private Tamper unreadable(UnreadableAuditRecordException e) {
        long expectedSeq = previous.seq() + 1;
        if (e.seq() != expectedSeq) return gap(expectedSeq, e.seq());
        return new Tamper(e.seq(), Reason.HASH_MISMATCH, "cannot be read back as an event ("
                + e.getCause().getMessage() + "): the record was edited");
    }

    private static Tamper gap(long expectedSeq, long foundSeq) {
        return new Tamper(expectedSeq, Reason.SEQUENCE_GAP, "missing: the next stored record is " + foundSeq
                + ", so records " + expectedSeq + ".." + (foundSeq - 1) + " were dropped");
    }

    private Tamper truncated(String expectedHead) {
        return new Tamper(previous.seq() + 1, Reason.TRUNCATED, "expected head " + expectedHead + " is not in the chain, "
                + "which ends at record " + previous.seq() + ": records were dropped from the tail (or the chain was rewritten)");
    }
}
