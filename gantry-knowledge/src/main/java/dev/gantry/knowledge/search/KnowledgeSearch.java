package dev.gantry.knowledge.search;

import dev.gantry.core.knowledge.Atom;
import dev.gantry.core.knowledge.AtomVersion;
import dev.gantry.core.knowledge.KnowledgeStore;
import dev.gantry.core.knowledge.MessageStore;
import dev.gantry.core.knowledge.Topic;
import dev.gantry.core.knowledge.VersionStatus;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Search over approved knowledge: the index finds atoms and topics, the stores give the served (approved) version,
 * its topic and the source messages it cites. A hit whose atom has no approved version any more is dropped, so only
 * approved versions are ever served.
 */
public final class KnowledgeSearch {
    static final int MAX_TOPIC_SOURCES = 20;
    private final KnowledgeIndex index;
    private final KnowledgeStore knowledge;
    private final MessageStore messages;

    public KnowledgeSearch(KnowledgeIndex index, KnowledgeStore knowledge, MessageStore messages) {
        this.index = index;
        this.knowledge = knowledge;
        this.messages = messages;
    }

    public List<KnowledgeResult> search(String query, int k) {
        List<KnowledgeResult> out = new ArrayList<>();
        for (KnowledgeIndex.Hit hit : index.search(query, k)) {
            (hit.kind() == KnowledgeIndex.Kind.ATOM ? atomResult(hit) : topicResult(hit)).ifPresent(out::add);
        }
        return out;
    }

    private Optional<KnowledgeResult> atomResult(KnowledgeIndex.Hit hit) {
        Optional<Atom> atom = knowledge.atom(hit.id());
        if (atom.isEmpty() || atom.get().approvedVersion() == null) return Optional.empty();
        Optional<AtomVersion> v = knowledge.version(hit.id(), atom.get().approvedVersion());
        if (v.isEmpty() || v.get().status() != VersionStatus.APPROVED) return Optional.empty();
        Topic topic = knowledge.topic(v.get().topicId()).orElse(null);
        return Optional.of(new KnowledgeResult(KnowledgeIndex.Kind.ATOM, hit.score(), topic, v.get(),
                messages.findAll(v.get().sourceMessageIds()).stream().map(Citation::of).toList()));
    }

    private Optional<KnowledgeResult> topicResult(KnowledgeIndex.Hit hit) {
        Optional<Topic> topic = knowledge.topic(hit.id());
        if (topic.isEmpty()) return Optional.empty();
        Set<Long> sources = new LinkedHashSet<>();
        for (Atom a : knowledge.atoms(null, 1_000)) {
            if (a.topicId() != hit.id() || a.approvedVersion() == null) continue;
            knowledge.version(a.id(), a.approvedVersion()).ifPresent(v -> sources.addAll(v.sourceMessageIds()));
        }
        if (sources.isEmpty()) return Optional.empty();
        List<Long> cited = sources.stream().limit(MAX_TOPIC_SOURCES).toList();
        return Optional.of(new KnowledgeResult(KnowledgeIndex.Kind.TOPIC, hit.score(), topic.get(), null,
                messages.findAll(cited).stream().map(Citation::of).toList()));
    }
}
