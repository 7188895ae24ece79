package dev.gantry.knowledge.merge;

import dev.gantry.core.knowledge.AtomVector;
import dev.gantry.core.knowledge.AtomVersion;
import dev.gantry.core.knowledge.KnowledgeStore;
import dev.gantry.core.knowledge.NewVersion;
import dev.gantry.core.knowledge.Topic;
import dev.gantry.knowledge.TextEmbedder;
import dev.gantry.knowledge.extract.Extraction;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Files an extraction into the knowledge store. Each atom is embedded (title and body) and compared with the
 * existing atoms of the same type: at or above {@code threshold} cosine similarity it becomes a new draft version of
 * the closest one (its sources the union of both), else a new atom with a draft version 1. Atoms filed earlier in
 * the same batch count as existing, so a batch never holds two atoms of one meaning.
 */
public final class AtomMerger {
    public static final String EXTRACTOR = "extractor";
    private final KnowledgeStore store;
    private final TextEmbedder embedder;
    private final double threshold;
    private final Clock clock;

    public AtomMerger(KnowledgeStore store, TextEmbedder embedder, double threshold, Clock clock) {
        if (!(threshold > 0 && threshold <= 1)) {
            throw new IllegalArgumentException("merge threshold " + threshold + " is out of range; use a cosine similarity in (0, 1]");
        }
        this.store = store;
        this.embedder = embedder;
        this.threshold = threshold;
        this.clock = clock;
    }

    public List<MergeOutcome> merge(Extraction extraction) {
        Map<String, Topic> topics = new HashMap<>();
        for (Extraction.ExtractedTopic t : extraction.topics()) {
            topics.put(key(t.name()), store.upsertTopic(t.name(), t.summary(), clock.instant()));
        }
        List<String> texts = extraction.atoms().stream().map(a -> a.title() + "\n" + a.body()).toList();
        List<float[]> vectors = texts.isEmpty() ? List.of() : embedder.embed(texts);
        List<MergeOutcome> out = new ArrayList<>();
        for (int i = 0; i < extraction.atoms().size(); i++) {
            Extraction.ExtractedAtom a = extraction.atoms().get(i);
            Topic topic = topics.computeIfAbsent(key(a.topic()), k -> store.upsertTopic(a.topic(), "", clock.instant()));
            out.add(file(a, topic, vectors.get(i)));
        }
        return out;
    }

    private MergeOutcome file(Extraction.ExtractedAtom a, Topic topic, float[] vector) {
        AtomVector best = null;
        double bestSimilarity = -1;
        for (AtomVector existing : store.vectors(a.type())) {
            double s = TextEmbedder.cosine(vector, existing.vector());
            if (s > bestSimilarity) {
                bestSimilarity = s;
                best = existing;
            }
        }
        if (best == null || bestSimilarity < threshold) {
            return new MergeOutcome(store.createAtom(version(a, topic.id(), a.sourceMessageIds(), vector)), false, 0);
        }
        AtomVersion previous = store.version(best.atomId(), store.atom(best.atomId()).orElseThrow().latestVersion()).orElseThrow();
        Set<Long> sources = new LinkedHashSet<>(previous.sourceMessageIds());
        sources.addAll(a.sourceMessageIds());
        return new MergeOutcome(store.addVersion(best.atomId(), version(a, previous.topicId(), List.copyOf(sources), vector)),
                true, bestSimilarity);
    }

    private NewVersion version(Extraction.ExtractedAtom a, long topicId, List<Long> sources, float[] vector) {
        return new NewVersion(a.type(), topicId, a.title(), a.body(), sources, EXTRACTOR, clock.instant(), vector);
    }

    private static String key(String name) {
        return name.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
