package dev.gantry.knowledge.search;

import dev.gantry.core.knowledge.AtomType;
import java.util.List;
import java.util.Optional;

/**
 * The searchable copy of approved knowledge (port-like: the server backs it with a RAG collection, so hybrid BM25 and
 * vector search apply). One document per atom (its served version) and per topic.
 */
public interface KnowledgeIndex {

    /** Replaces the atom's document with its approved version. */
    void putAtom(IndexedAtom atom);

    /** Replaces the topic's document. */
    void putTopic(long topicId, String name, String summary);

    /** The atom version the index holds, empty when none. */
    Optional<Integer> indexedVersion(long atomId);

    List<Hit> search(String query, int k);

    record IndexedAtom(long atomId, int version, AtomType type, String topic, String title, String body) {
    }

    /** A matching atom ({@code version} is its indexed version) or topic ({@code version} 0). */
    record Hit(Kind kind, long id, int version, double score) {
    }

    enum Kind { ATOM, TOPIC }
}
