package dev.gantry.core.knowledge;

import java.time.Instant;
import java.util.List;

/**
 * One version of an atom. A new version starts as {@link VersionStatus#DRAFT}; a reviewer approves or rejects it once.
 *
 * @param sourceMessageIds the messages the version came from (for a merge: the union with the previous version's)
 * @param createdBy        who made the change: "extractor" or a person
 * @param reviewedBy       null until reviewed, as are {@code reviewedAt} and {@code reviewReason}
 */
public record AtomVersion(long atomId, int version, AtomType type, long topicId, String title, String body,
                          VersionStatus status, List<Long> sourceMessageIds, String createdBy, Instant createdAt,
                          String reviewedBy, Instant reviewedAt, String reviewReason) {
    public AtomVersion {
        sourceMessageIds = List.copyOf(sourceMessageIds);
    }
}
