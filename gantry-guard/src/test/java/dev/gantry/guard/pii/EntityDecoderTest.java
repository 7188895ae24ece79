package dev.gantry.guard.pii;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.gantry.guard.pii.EntityTokenizer.Token;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Viterbi over hand-built models: the best valid BIO path, checked against enumerating every path. */
class EntityDecoderTest {
    private static final String[] OUTCOMES = {"O", "B-PERSON", "I-PERSON", "B-LOCATION", "I-LOCATION"};
    private static final int O = 0, B_PERSON = 1, I_PERSON = 2;
    private static final EntityFeatures FEATURES = new EntityFeatures(new long[0], new int[0], EntityFeatures.DEFAULT_VARIANTS);

    @Test
    void findsTheBestPathWhereGreedyDecodingWouldNot() {
        List<Token> sentence = EntityTokenizer.tokenize("x y");
        Map<Long, float[]> weights = new LinkedHashMap<>();
        long firstOnly = emission(sentence, 0).stream().filter(f -> !emission(sentence, 1).contains(f)).findFirst()
                .orElseThrow();
        weights.put(firstOnly, row(O, 1f)); // token 0: "O" 0.40, "B-PERSON" 0.15
        weights.put(transitions(sentence, 1, B_PERSON).get(0), row(I_PERSON, 10f)); // but "B-PERSON I-PERSON" is sure
        EntityTaggerModel model = model(weights);

        int[] path = new EntityDecoder(model).bestPath(sentence, 0, scratch(model)).clone();

        assertThat(Arrays.copyOf(path, 2)).containsExactly(B_PERSON, I_PERSON);
        assertThat(new EntityDecoder(model).decode(sentence, 0)).singleElement().satisfies(span -> {
            assertThat(span.type()).isEqualTo("PERSON");
            assertThat(span.start()).isZero();
            assertThat(span.end()).isEqualTo(2);
            assertThat(span.probability()).isBetween(0.5, 0.7); // mean of 0.15 and ~1
        });
    }

    @Test
    void neverEmitsAnInsideTagWithoutItsBeginning() {
        List<Token> sentence = EntityTokenizer.tokenize("a b c d e f");
        Map<Long, float[]> weights = new LinkedHashMap<>();
        for (int i = 0; i < sentence.size(); i++) {
            for (long f : emission(sentence, i)) weights.put(f, new float[] {0, 0, 8, 0, 9});
        }
        EntityTaggerModel model = model(weights);
        int[] path = new EntityDecoder(model).bestPath(sentence, 0, scratch(model));
        assertValid(model, path, sentence.size());
    }

    @Test
    void matchesExhaustiveSearchOnRandomModels() {
        Random random = new Random(42);
        for (int round = 0; round < 200; round++) {
            List<Token> sentence = EntityTokenizer.tokenize(String.join(" ", words(random, 1 + random.nextInt(5))));
            EntityTaggerModel model = model(randomWeights(sentence, random));
            EntityDecoder.Scratch scratch = scratch(model);
            int[] path = new EntityDecoder(model).bestPath(sentence, 0, scratch);

            int[] best = exhaustiveBest(model, sentence);
            assertValid(model, path, sentence.size());
            assertThat(logScore(model, sentence, Arrays.copyOf(path, sentence.size())))
                    .isCloseTo(logScore(model, sentence, best), within(1e-9));
        }
    }

    private static void assertValid(EntityTaggerModel model, int[] path, int n) {
        int previous = model.outside();
        for (int i = 0; i < n; i++) {
            assertThat(model.allowed(previous, path[i])).as("%s after %s", model.outcome(path[i]),
                    model.outcome(previous)).isTrue();
            previous = path[i];
        }
    }

    /** Every valid outcome sequence, scored independently of the decoder: the best one. */
    private static int[] exhaustiveBest(EntityTaggerModel model, List<Token> sentence) {
        int n = sentence.size();
        int k = model.outcomeCount();
        int[] best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        int[] path = new int[n];
        for (int code = 0; code < Math.pow(k, n); code++) {
            for (int i = 0, c = code; i < n; i++, c /= k) path[i] = c % k;
            double score = logScore(model, sentence, path);
            if (score > bestScore) {
                bestScore = score;
                best = path.clone();
            }
        }
        return best;
    }

    /** Sum over tokens of log P(outcome | previous, token), normalised over all outcomes; -inf if BIO forbids it. */
    private static double logScore(EntityTaggerModel model, List<Token> sentence, int[] path) {
        double total = 0;
        int previous = model.outside();
        for (int i = 0; i < path.length; i++) {
            if (!model.allowed(previous, path[i])) return Double.NEGATIVE_INFINITY;
            double[] sums = new double[model.outcomeCount()];
            for (long f : emission(sentence, i)) model.addWeights(f, sums);
            for (long f : transitions(sentence, i, previous)) model.addWeights(f, sums);
            double z = 0;
            for (double sum : sums) z += Math.exp(sum);
            total += sums[path[i]] - Math.log(z);
            previous = path[i];
        }
        return total;
    }

    private static Map<Long, float[]> randomWeights(List<Token> sentence, Random random) {
        Map<Long, float[]> weights = new LinkedHashMap<>();
        for (int i = 0; i < sentence.size(); i++) {
            for (long f : emission(sentence, i)) if (random.nextInt(4) == 0) weights.put(f, randomRow(random));
            for (int p = 0; p < OUTCOMES.length; p++) {
                for (long f : transitions(sentence, i, p)) if (random.nextBoolean()) weights.put(f, randomRow(random));
            }
        }
        return weights;
    }

    private static float[] randomRow(Random random) {
        float[] row = new float[OUTCOMES.length];
        for (int o = 0; o < row.length; o++) row[o] = (float) (random.nextGaussian() * 2);
        return row;
    }

    private static List<String> words(Random random, int n) {
        List<String> words = new ArrayList<>();
        for (int i = 0; i < n; i++) words.add(List.of("anna", "Berg", "in", "Oslo", ".", "42").get(random.nextInt(6)));
        return words;
    }

    private static List<Long> emission(List<Token> sentence, int i) {
        EntityFeatures.Sentence s = new EntityFeatures.Sentence();
        FEATURES.prepare(sentence, 0, s);
        long[] out = new long[EntityFeatures.MAX_EMISSION];
        return Arrays.stream(out, 0, FEATURES.emission(s, i, out)).boxed().toList();
    }

    private static List<Long> transitions(List<Token> sentence, int i, int previous) {
        EntityFeatures.Sentence s = new EntityFeatures.Sentence();
        FEATURES.prepare(sentence, 0, s);
        long[] out = new long[EntityFeatures.MAX_TRANSITION];
        int n = FEATURES.transitions(s, i, EntityFeatures.outcomeKey(OUTCOMES[previous]), out);
        return Arrays.stream(out, 0, n).boxed().toList();
    }

    private static float[] row(int outcome, float weight) {
        float[] row = new float[OUTCOMES.length];
        row[outcome] = weight;
        return row;
    }

    private static EntityTaggerModel model(Map<Long, float[]> weights) {
        long[] keys = weights.keySet().stream().mapToLong(Long::longValue).toArray();
        float[] flat = new float[keys.length * OUTCOMES.length];
        int r = 0;
        for (float[] row : weights.values()) System.arraycopy(row, 0, flat, OUTCOMES.length * r++, OUTCOMES.length);
        return new EntityTaggerModel(OUTCOMES, FEATURES, keys, flat);
    }

    private static EntityDecoder.Scratch scratch(EntityTaggerModel model) {
        return new EntityDecoder.Scratch(model.outcomeCount());
    }
}
