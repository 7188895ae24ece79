package dev.gantry.knowledge.score;

import dev.gantry.core.knowledge.MessageScore;
import dev.gantry.core.knowledge.RawMessage;
import dev.gantry.knowledge.TextEmbedder;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Signal vs noise, in process and cheap: logistic regression over the text's {@link SurfaceFeatures} and its
 * embedding's similarity to the nearest signal and noise exemplars (the shipped, hand-written
 * {@value ScorerExemplars#RESOURCE}). Trained at construction on the exemplars, with each exemplar's similarities
 * computed leave-one-out so training sees what scoring an unseen message sees. Thread-safe.
 */
public final class MessageScorer {
    static final int NEIGHBOURS = 3;
    private final TextEmbedder embedder;
    private final List<ScorerExemplars.Exemplar> exemplars;
    private final List<float[]> vectors;
    private final double[] weights;
    private final double threshold;

    private MessageScorer(TextEmbedder embedder, List<ScorerExemplars.Exemplar> exemplars, List<float[]> vectors,
                          double[] weights, double threshold) {
        this.embedder = embedder;
        this.exemplars = exemplars;
        this.vectors = vectors;
        this.weights = weights;
        this.threshold = threshold;
    }

    /** Trains on {@code exemplars}; {@code threshold} in (0, 1) is where a message counts as signal. */
    public static MessageScorer train(List<ScorerExemplars.Exemplar> exemplars, TextEmbedder embedder, double threshold) {
        if (!(threshold > 0 && threshold < 1)) {
            throw new IllegalArgumentException("score threshold " + threshold + " is out of range; use a number between 0 and 1");
        }
        List<float[]> vectors = embedder.embed(exemplars.stream().map(ScorerExemplars.Exemplar::text).toList());
        List<double[]> xs = new ArrayList<>();
        List<Boolean> ys = new ArrayList<>();
        for (int i = 0; i < exemplars.size(); i++) {
            xs.add(features(SurfaceFeatures.of(exemplars.get(i).text()), neighbours(vectors.get(i), exemplars, vectors, i)));
            ys.add(exemplars.get(i).signal());
        }
        return new MessageScorer(embedder, List.copyOf(exemplars), vectors, Logistic.train(xs, ys), threshold);
    }

    public double threshold() {
        return threshold;
    }

    public MessageScore score(RawMessage m, Instant at) {
        Assessment a = assess(m.text());
        return new MessageScore(m.id(), a.score(), a.score() >= threshold, a.reason(), at);
    }

    /** The score of a text and why. */
    public Assessment assess(String text) {
        SurfaceFeatures surface = SurfaceFeatures.of(text);
        Neighbours n = neighbours(embedder.embed(List.of(text)).get(0), exemplars, vectors, -1);
        double p = Logistic.probability(weights, features(surface, n));
        boolean signal = p >= threshold;
        String reason = String.format(Locale.ROOT, "%s %.2f %s %.2f: %s; most like %s exemplar \"%s\" (%.2f)",
                signal ? "signal" : "noise", p, signal ? ">=" : "<", threshold, surface.describe(),
                n.nearestSignal() ? "signal" : "noise", shortened(n.nearestText()), n.nearestSimilarity());
        return new Assessment(p, reason);
    }

    public record Assessment(double score, String reason) {
    }

    private static double[] features(SurfaceFeatures s, Neighbours n) {
        double[] surface = s.vector();
        double[] out = new double[surface.length + 3];
        out[0] = 1; // bias
        out[1] = n.signalSimilarity();
        out[2] = n.noiseSimilarity();
        System.arraycopy(surface, 0, out, 3, surface.length);
        return out;
    }

    /** Mean similarity to the {@value #NEIGHBOURS} nearest exemplars of each class, and the single nearest one. */
    private record Neighbours(double signalSimilarity, double noiseSimilarity, boolean nearestSignal, String nearestText,
                              double nearestSimilarity) {
    }

    private static Neighbours neighbours(float[] v, List<ScorerExemplars.Exemplar> exemplars, List<float[]> vectors, int skip) {
        List<double[]> signal = new ArrayList<>();
        List<double[]> noise = new ArrayList<>();
        for (int i = 0; i < exemplars.size(); i++) {
            if (i == skip) continue;
            double sim = TextEmbedder.cosine(v, vectors.get(i));
            (exemplars.get(i).signal() ? signal : noise).add(new double[] {sim, i});
        }
        Comparator<double[]> bySim = Comparator.comparingDouble((double[] a) -> a[0]).reversed();
        signal.sort(bySim);
        noise.sort(bySim);
        double[] best = signal.isEmpty() || (!noise.isEmpty() && noise.get(0)[0] > signal.get(0)[0]) ? noise.get(0) : signal.get(0);
        ScorerExemplars.Exemplar nearest = exemplars.get((int) best[1]);
        return new Neighbours(mean(signal), mean(noise), nearest.signal(), nearest.text(), best[0]);
    }

    private static double mean(List<double[]> sorted) {
        int n = Math.min(NEIGHBOURS, sorted.size());
        double sum = 0;
        for (int i = 0; i < n; i++) sum += sorted.get(i)[0];
        return n == 0 ? 0 : sum / n;
    }

    private static String shortened(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }
}
