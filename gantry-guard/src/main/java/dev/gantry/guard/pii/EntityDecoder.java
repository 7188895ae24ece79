package dev.gantry.guard.pii;

import dev.gantry.guard.pii.EntityTokenizer.Token;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Exact Viterbi decoding of a sentence under the tagger's first-order maxent Markov model: per token the emission
 * weights are summed once, then for each previous outcome its transition weights are added and a softmax over the
 * outcomes gives P(outcome | previous, token); only the outcomes BIO allows after the previous one ("I-x" only after
 * "B-x" or "I-x") extend a path. A span's
 * probability is the mean of its tokens' probabilities on the best path (as OpenNLP's {@code NameFinderME.probs}).
 * Scratch arrays are pooled and reused, so decoding allocates only the spans it returns.
 */
final class EntityDecoder {
    private final EntityTaggerModel model;
    /**
     * Idle scratch arrays, borrowed for one sentence. A pool, not a ThreadLocal: requests run on virtual threads,
     * each new, so a ThreadLocal would allocate fresh arrays on every request.
     */
    private final AtomicReferenceArray<Scratch> idle =
            new AtomicReferenceArray<>(Math.max(4, 2 * Runtime.getRuntime().availableProcessors()));

    EntityDecoder(EntityTaggerModel model) {
        this.model = model;
    }

    /** The spans of {@code sentence}, whose {@link EntityLayout} code is {@code layout}. */
    List<EntitySpan> decode(List<Token> sentence, int layout) {
        Scratch s = borrow();
        try {
            int[] path = bestPath(sentence, layout, s);
            return spans(path, s.pathProbability, sentence.size());
        } finally {
            giveBack(s);
        }
    }

    private Scratch borrow() {
        for (int i = 0; i < idle.length(); i++) {
            Scratch s = idle.get(i);
            if (s != null && idle.compareAndSet(i, s, null)) return s;
        }
        return new Scratch(model.outcomeCount());
    }

    /** Keeps {@code s} for the next sentence unless the pool is full (more threads decoding than slots). */
    private void giveBack(Scratch s) {
        s.sentence.release();
        for (int i = 0; i < idle.length(); i++) {
            if (idle.get(i) == null && idle.compareAndSet(i, null, s)) return;
        }
    }

    /** The best outcome per token, written into and returned from {@code s}'s arrays. */
    int[] bestPath(List<Token> sentence, int layout, Scratch s) {
        int n = sentence.size();
        int k = model.outcomeCount();
        s.ensure(n);
        if (n == 0) return s.path;
        model.features().prepare(sentence, layout, s.sentence);
        for (int i = 0; i < n; i++) step(s, i, k);
        int best = 0;
        for (int o = 1; o < k; o++) if (s.best[(n - 1) * k + o] > s.best[(n - 1) * k + best]) best = o;
        for (int i = n - 1; i >= 0; i--) {
            s.path[i] = best;
            s.pathProbability[i] = Math.exp(s.logProbability[i * k + best]);
            best = s.previous[i * k + best];
        }
        return s.path;
    }

    /** Fills the best log score of each outcome at token {@code i}, its back pointer and its own log probability. */
    private void step(Scratch s, int i, int k) {
        Arrays.fill(s.emission, 0);
        int count = model.features().emission(s.sentence, i, s.features);
        for (int f = 0; f < count; f++) model.addWeights(s.features[f], s.emission);
        int at = i * k;
        Arrays.fill(s.best, at, at + k, Double.NEGATIVE_INFINITY);
        for (int p = 0; p < k; p++) {
            double before = i == 0 ? (p == model.outside() ? 0 : Double.NEGATIVE_INFINITY) : s.best[at - k + p];
            if (before == Double.NEGATIVE_INFINITY) continue;
            double logZ = scores(s, i, p, k);
            for (int o = 0; o < k; o++) {
                if (!model.allowed(p, o)) continue;
                double logP = s.scores[o] - logZ;
                if (before + logP > s.best[at + o]) {
                    s.best[at + o] = before + logP;
                    s.previous[at + o] = p;
                    s.logProbability[at + o] = logP;
                }
            }
        }
    }

    /**
     * Fills {@code s.scores} for previous outcome {@code p}; returns the log normaliser over all outcomes, as in
     * training. Normalising over the allowed outcomes only would favour paths through states whose mass the model had
     * put on forbidden outcomes (label bias): it cost 0.02 to 0.06 F1 on the held-out set.
     */
    private double scores(Scratch s, int i, int p, int k) {
        System.arraycopy(s.emission, 0, s.scores, 0, k);
        int count = model.features().transitions(s.sentence, i, model.outcomeKey(p), s.features);
        for (int f = 0; f < count; f++) model.addWeights(s.features[f], s.scores);
        double max = Double.NEGATIVE_INFINITY;
        for (int o = 0; o < k; o++) max = Math.max(max, s.scores[o]);
        double sum = 0;
        for (int o = 0; o < k; o++) sum += Math.exp(s.scores[o] - max);
        return max + Math.log(sum);
    }

    private List<EntitySpan> spans(int[] path, double[] probability, int n) {
        List<EntitySpan> spans = new ArrayList<>();
        int i = 0;
        while (i < n) {
            String outcome = model.outcome(path[i]);
            if (!EntityTaggerModel.begins(outcome)) {
                i++;
                continue;
            }
            int start = i;
            double sum = probability[i++];
            while (i < n && model.outcome(path[i]).startsWith("I-")) sum += probability[i++];
            spans.add(new EntitySpan(start, i, EntityTaggerModel.type(outcome), sum / (i - start)));
        }
        return spans;
    }

    /** The decoding arrays of one sentence at a time, grown to the longest sentence seen. */
    static final class Scratch {
        final EntityFeatures.Sentence sentence = new EntityFeatures.Sentence();
        final long[] features = new long[Math.max(EntityFeatures.MAX_EMISSION, EntityFeatures.MAX_TRANSITION)];
        final double[] emission;
        final double[] scores;
        final int outcomes;
        double[] best = new double[0];
        double[] logProbability = new double[0];
        int[] previous = new int[0];
        int[] path = new int[0];
        double[] pathProbability = new double[0];

        Scratch(int outcomes) {
            this.outcomes = outcomes;
            this.emission = new double[outcomes];
            this.scores = new double[outcomes];
        }

        void ensure(int tokens) {
            if (path.length >= tokens) return;
            int capacity = Math.max(tokens, 2 * path.length);
            best = new double[capacity * outcomes];
            logProbability = new double[capacity * outcomes];
            previous = new int[capacity * outcomes];
            path = new int[capacity];
            pathProbability = new double[capacity];
        }
    }
}
