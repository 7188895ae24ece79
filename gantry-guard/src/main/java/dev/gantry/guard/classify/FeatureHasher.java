package dev.gantry.guard.classify;

import java.util.Arrays;

/**
 * Hashed bag of features of an already normalised text: character 3- to 5-grams inside word boundaries (so
 * misspellings and inflections still share features across languages), word unigrams and word bigrams. Counts are
 * L2-normalised so that long texts do not score higher just for being long.
 */
public final class FeatureHasher {
    public static final int BITS = 18;
    public static final int BUCKETS = 1 << BITS;
    static final int CHAR_SEED = 0x2f1a;
    static final int WORD_SEED = 0x51d3;
    static final int BIGRAM_SEED = 0x7c29;
    /** Word features are rarer than n-grams; weighting them up keeps phrases from being drowned. */
    static final float WORD_WEIGHT = 3f;

    private FeatureHasher() {
    }

    public static SparseVector features(String normalized) {
        IntBag bag = new IntBag();
        String padded = " " + normalized + " ";
        int previousStart = -1, previousEnd = -1;
        int i = 0;
        while (i < padded.length()) {
            if (!isWordChar(padded.charAt(i))) {
                i++;
                continue;
            }
            int end = i;
            while (end < padded.length() && isWordChar(padded.charAt(end))) end++;
            addCharGrams(padded, i - 1, end + 1, bag);
            bag.add(hash(WORD_SEED, padded, i, end, -1, 0, 0), WORD_WEIGHT);
            if (previousStart >= 0) bag.add(hash(BIGRAM_SEED, padded, previousStart, previousEnd, ' ', i, end), WORD_WEIGHT);
            previousStart = i;
            previousEnd = end;
            i = end;
        }
        return bag.toNormalizedVector();
    }

    /**
     * Letters, digits and combining marks: vowel signs and viramas are marks in Indic and Southeast Asian scripts
     * (Devanagari, Khmer, Thai), and splitting words there would leave only consonant fragments to learn from.
     */
    static boolean isWordChar(char c) {
        if (c < 0x300) return Character.isLetterOrDigit(c);
        int type = Character.getType(c);
        return Character.isLetterOrDigit(c) || type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
    }

    /** N-grams over the word with one boundary char each side, so "ign" at a word start differs from one inside. */
    private static void addCharGrams(String s, int from, int to, IntBag bag) {
        for (int n = 3; n <= 5; n++) {
            for (int start = from; start + n <= to; start++) bag.add(hash(CHAR_SEED + n, s, start, start + n, -1, 0, 0), 1f);
        }
    }

    /**
     * The bucket of FNV-1a over s[from,to) and optionally a separator and s[from2,to2): stable across JVMs, unlike
     * String.hashCode. {@link TextFeatures} calls it too, so both give the same buckets.
     */
    static int hash(int seed, String s, int from, int to, int separator, int from2, int to2) {
        int h = 0x811c9dc5 ^ seed;
        for (int i = from; i < to; i++) h = (h ^ s.charAt(i)) * 0x01000193;
        if (separator >= 0) {
            h = (h ^ separator) * 0x01000193;
            for (int i = from2; i < to2; i++) h = (h ^ s.charAt(i)) * 0x01000193;
        }
        return bucket(h);
    }

    /** Mixes a raw FNV-1a state and keeps the bucket bits. */
    static int bucket(int h) {
        h ^= h >>> 15;
        h *= 0x2c1b3c6d;
        h ^= h >>> 12;
        return h & (BUCKETS - 1);
    }

    /** Growable list of (bucket, weight) pairs merged into a sorted sparse vector. */
    private static final class IntBag {
        private long[] entries = new long[64];
        private int size;

        void add(int bucket, float weight) {
            if (size == entries.length) entries = Arrays.copyOf(entries, size * 2);
            entries[size++] = ((long) bucket << 32) | Float.floatToIntBits(weight) & 0xffffffffL;
        }

        SparseVector toNormalizedVector() {
            Arrays.sort(entries, 0, size);
            int[] indices = new int[size];
            float[] values = new float[size];
            int n = 0;
            for (int i = 0; i < size; i++) {
                int bucket = (int) (entries[i] >>> 32);
                float weight = Float.intBitsToFloat((int) entries[i]);
                if (n > 0 && indices[n - 1] == bucket) {
                    values[n - 1] += weight;
                } else {
                    indices[n] = bucket;
                    values[n++] = weight;
                }
            }
            double norm = 0;
            for (int i = 0; i < n; i++) norm += values[i] * values[i];
            float scale = norm == 0 ? 0 : (float) (1 / Math.sqrt(norm));
            for (int i = 0; i < n; i++) values[i] *= scale;
            return new SparseVector(Arrays.copyOf(indices, n), Arrays.copyOf(values, n));
        }
    }
}
