package dev.gantry.knowledge.merge;

import dev.gantry.core.knowledge.AtomVersion;

/**
 * Where one extracted atom went: a new atom's draft version 1, or a new draft version of the existing atom it
 * matched by meaning ({@code similarity} to it; 0 for a new atom).
 */
public record MergeOutcome(AtomVersion version, boolean merged, double similarity) {
}
