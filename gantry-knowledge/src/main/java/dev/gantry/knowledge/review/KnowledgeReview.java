package dev.gantry.knowledge.review;

import dev.gantry.core.audit.AuditEvent;
import dev.gantry.core.audit.AuditLog;
import dev.gantry.core.error.ErrorKind;
import dev.gantry.core.error.GantryException;
import dev.gantry.core.knowledge.Atom;
import dev.gantry.core.knowledge.AtomVersion;
import dev.gantry.core.knowledge.KnowledgeStore;
import dev.gantry.core.knowledge.Review;
import dev.gantry.core.knowledge.Topic;
import dev.gantry.core.knowledge.VersionStatus;
import dev.gantry.knowledge.search.KnowledgeIndex;
import java.time.Clock;
import java.util.Map;

/**
 * Reviewers approve or reject draft versions. Each decision is recorded on the version (who, when, why) and in the
 * audit log; an approval puts the atom's served version (its newest approved one) into the search index.
 */
public final class KnowledgeReview {
    public static final String APPROVED = "knowledge.approved";
    public static final String REJECTED = "knowledge.rejected";
    private final KnowledgeStore store;
    private final KnowledgeIndex index;
    private final AuditLog audit;
    private final Clock clock;

    public KnowledgeReview(KnowledgeStore store, KnowledgeIndex index, AuditLog audit, Clock clock) {
        this.store = store;
        this.index = index;
        this.audit = audit;
        this.clock = clock;
    }

    public AtomVersion approve(long atomId, int version, String reviewer, String reason) {
        return decide(atomId, version, VersionStatus.APPROVED, reviewer, reason);
    }

    public AtomVersion reject(long atomId, int version, String reviewer, String reason) {
        return decide(atomId, version, VersionStatus.REJECTED, reviewer, reason);
    }

    private AtomVersion decide(long atomId, int version, VersionStatus decision, String reviewer, String reason) {
        if (reviewer == null || reviewer.isBlank()) {
            throw GantryException.invalid("reviewer", "a review needs the reviewer's name; send 'reviewer'");
        }
        String why = reason == null ? "" : reason.strip();
        AtomVersion current = store.version(atomId, version).orElseThrow(() -> new GantryException(ErrorKind.NOT_FOUND,
                "atom " + atomId + " has no version " + version + "; list its versions at /v1/knowledge/atoms/" + atomId + "/versions"));
        Review review = new Review(decision, reviewer.strip(), why, clock.instant());
        // built before the review is stored: the event refuses secret-like text, and then nothing must be recorded
        AuditEvent event;
        try {
            event = new AuditEvent(decision == VersionStatus.APPROVED ? APPROVED : REJECTED, review.reviewer(),
                    "atom:" + atomId + "@v" + version, Map.of("type", current.type().wire(), "reason", why), review.at());
        } catch (IllegalArgumentException e) {
            throw GantryException.invalid("reason", "the reviewer or reason cannot go into the audit log: " + e.getMessage());
        }
        AtomVersion reviewed = store.review(atomId, version, review).orElseThrow(() -> new GantryException(ErrorKind.CONFLICT,
                "version " + version + " of atom " + atomId + " is " + current.status().wire() + " already (by "
                        + current.reviewedBy() + "); only a draft can be reviewed"));
        audit.append(event);
        if (decision == VersionStatus.APPROVED) publish(atomId);
        return reviewed;
    }

    /** Puts the atom's served version and its topic into the index (idempotent). */
    public void publish(long atomId) {
        Atom atom = store.atom(atomId).orElseThrow();
        if (atom.approvedVersion() == null) return;
        AtomVersion served = store.version(atomId, atom.approvedVersion()).orElseThrow();
        Topic topic = store.topic(served.topicId()).orElseThrow();
        index.putTopic(topic.id(), topic.name(), topic.summary());
        index.putAtom(new KnowledgeIndex.IndexedAtom(atomId, served.version(), served.type(), topic.name(), served.title(),
                served.body()));
    }

    /** Re-indexes every atom whose served version the index does not hold (after a crash between approval and index). */
    public int republishMissing() {
        int n = 0;
        for (Atom a : store.atoms(null, Integer.MAX_VALUE)) {
            if (a.approvedVersion() != null && !index.indexedVersion(a.id()).equals(java.util.Optional.of(a.approvedVersion()))) {
                publish(a.id());
                n++;
            }
        }
        return n;
    }

    public VersionDiff diff(long atomId, int from, int to) {
        return VersionDiff.between(version(atomId, from), version(atomId, to));
    }

    private AtomVersion version(long atomId, int v) {
        return store.version(atomId, v).orElseThrow(() -> new GantryException(ErrorKind.NOT_FOUND,
                "atom " + atomId + " has no version " + v));
    }
}
