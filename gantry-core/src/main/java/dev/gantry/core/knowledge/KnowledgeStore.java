package dev.gantry.core.knowledge;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Topics, atoms and their versions (port). Versions are never edited except by their one review, and never deleted:
 * the history of every atom stays readable and diffable.
 */
public interface KnowledgeStore {

    /** The topic with this name (case-insensitive), created when absent; a non-blank summary replaces the old one. */
    Topic upsertTopic(String name, String summary, Instant at);

    Optional<Topic> topic(long id);

    List<Topic> topics();

    /** Creates an atom whose version 1 is {@code first}, as a draft. */
    AtomVersion createAtom(NewVersion first);

    /** Adds the next version of the atom, as a draft, and makes its vector the atom's. */
    AtomVersion addVersion(long atomId, NewVersion next);

    Optional<Atom> atom(long id);

    /** Atoms, newest first; {@code type} null for all. */
    List<Atom> atoms(AtomType type, int limit);

    List<AtomVersion> versions(long atomId);

    Optional<AtomVersion> version(long atomId, int version);

    /** Draft versions waiting for review, oldest first. */
    List<AtomVersion> drafts(int limit);

    /**
     * Records the review of a draft. Empty when the version does not exist or is no longer a draft (reviewed already),
     * so two reviewers cannot both decide.
     */
    Optional<AtomVersion> review(long atomId, int version, Review review);

    /** Latest vectors of the atoms of this type. */
    List<AtomVector> vectors(AtomType type);
}
