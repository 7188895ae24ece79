package dev.gantry.knowledge.search;

import dev.gantry.core.knowledge.AtomVersion;
import dev.gantry.core.knowledge.Topic;
import java.util.List;

/**
 * One search result: an approved atom version (null for a topic result), its topic, and the messages it came from
 * (for a topic: those of its approved atoms).
 */
public record KnowledgeResult(KnowledgeIndex.Kind kind, double score, Topic topic, AtomVersion atom, List<Citation> sources) {
}
