package dev.gantry.knowledge.extract;

import dev.gantry.core.knowledge.AtomType;
import java.util.List;

/** What the model found in a batch of messages: topics, and atoms each citing the batch messages it came from. */
public record Extraction(List<ExtractedTopic> topics, List<ExtractedAtom> atoms) {
    public Extraction {
        topics = List.copyOf(topics);
        atoms = List.copyOf(atoms);
    }

    public record ExtractedTopic(String name, String summary) {
    }

    public record ExtractedAtom(AtomType type, String topic, String title, String body, List<Long> sourceMessageIds) {
        public ExtractedAtom {
            sourceMessageIds = List.copyOf(sourceMessageIds);
        }
    }
}
