package dev.gantry.guard.pii.entities;

import dev.gantry.guard.pii.EntityFeatures;
import dev.gantry.guard.pii.EntityTaggerModel;
import dev.gantry.guard.pii.EntityTokenizer.Token;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.ml.model.Event;
import opennlp.tools.util.ObjectStream;

/**
 * Training events for OpenNLP's maxent trainer: one per token, its gold BIO outcome and its features from
 * {@link EntityFeatures} (the tagger's own code path), the transition features taken with the gold previous outcome
 * ("O" before the first token, as the decoder starts). Each 64-bit feature hash becomes a hex String key. Made lazily,
 * sentence by sentence, since the trainer reads the stream twice and all events at once would not fit in memory.
 */
final class EntityEvents implements ObjectStream<Event> {
    /** A tokenized sentence with one BIO label per token and its {@link dev.gantry.guard.pii.EntityLayout} code. */
    record TaggedSentence(List<Token> tokens, String[] labels, int layout) {}

    private final EntityFeatures features;
    private final List<TaggedSentence> sentences;
    private final List<Event> pending = new ArrayList<>();
    private int next;
    private int sentence;

    EntityEvents(EntityFeatures features, List<TaggedSentence> sentences) {
        this.features = features;
        this.sentences = sentences;
    }

    @Override
    public Event read() {
        while (next == pending.size()) {
            if (sentence == sentences.size()) return null;
            pending.clear();
            pending.addAll(events(features, sentences.get(sentence++)));
            next = 0;
        }
        return pending.get(next++);
    }

    @Override
    public void reset() {
        pending.clear();
        next = 0;
        sentence = 0;
    }

    /** The events of one sentence, in token order. */
    static List<Event> events(EntityFeatures features, TaggedSentence tagged) {
        EntityFeatures.Sentence s = new EntityFeatures.Sentence();
        features.prepare(tagged.tokens(), tagged.layout(), s);
        long[] hashes = new long[EntityFeatures.MAX_EMISSION + EntityFeatures.MAX_TRANSITION];
        List<Event> events = new ArrayList<>(tagged.labels().length);
        for (int i = 0; i < tagged.labels().length; i++) {
            String previous = i == 0 ? EntityTaggerModel.OUTSIDE : tagged.labels()[i - 1];
            int n = features.emission(s, i, hashes);
            long[] transitions = new long[EntityFeatures.MAX_TRANSITION];
            int t = features.transitions(s, i, EntityFeatures.outcomeKey(previous), transitions);
            System.arraycopy(transitions, 0, hashes, n, t);
            events.add(new Event(tagged.labels()[i], keys(hashes, n + t)));
        }
        return events;
    }

    static String[] keys(long[] hashes, int count) {
        String[] keys = new String[count];
        for (int f = 0; f < count; f++) keys[f] = Long.toHexString(hashes[f]);
        return keys;
    }
}
