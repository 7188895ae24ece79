package dev.gantry.core.knowledge;

import java.time.Instant;

/**
 * One unit of knowledge, the stable identity its versions share.
 *
 * @param latestVersion   the newest version, whatever its status
 * @param approvedVersion the newest approved version, the one served; null when none is approved
 */
public record Atom(long id, AtomType type, long topicId, int latestVersion, Integer approvedVersion, Instant createdAt) {
}
