package dev.gantry.guard.pii;

import dev.gantry.guard.pii.EntityTokenizer.Token;
import java.util.List;

/**
 * The entity tagger's features for one token, as 64-bit hashes written into a caller's {@code long[]}: no String per
 * feature. Emission features (they do not depend on the tagger's previous decision): token class and lower-cased
 * token in a window of +-2, word-and-class, prefixes and suffixes of 1 to 4 chars, word and class bigrams with the
 * neighbours, sentence start, gazetteer hits (first names, last names, places) in a window of +-1, a bias. Transition
 * features pair the previous outcome with nothing, the token class and the token. Per-token values are computed once
 * per sentence ({@link #prepare}), so window features do not recompute them. Training (test scope) calls the same
 * methods and turns each hash into a String key for OpenNLP's maxent trainer.
 */
public final class EntityFeatures {
    /** Variant: the collapsed word shape ("Xx", "XxXx", "dd-dd") of the token and its neighbours. */
    public static final int WORD_SHAPE = 1;
    /** Variant: previous outcome with the lower-cased token (OpenNLP's "pow"). */
    public static final int OUTCOME_WORD = 2;
    /** Variant: word-and-class in the +-2 window, not only for the token itself (as OpenNLP's TokenClass window). */
    public static final int WINDOW_WORD_CLASS = 4;
    /** Variant: word bigrams and previous-outcome-with-word keep the token's case (as OpenNLP's). */
    public static final int CASED_CONTEXT = 8;
    /**
     * Variant: the spacing before and after the token (none, one char, more), from the token offsets: Presidio-style
     * text lays address parts out with runs of spaces, and what is labelled a place there depends on that layout.
     */
    public static final int GAPS = 16;
    /**
     * Variant: the sentence's place in its text ({@link EntityLayout}) alone and with the token class: whether a town
     * on a line of its own belongs to an address block or to an address quoted in prose depends on the text above.
     */
    public static final int LAYOUT = 32;
    /**
     * Chosen by measurement (docs/decisions.md, 12): shape helped most on the synthetic held-out set; the gaps added
     * about 0.01 place F1 in cross-validation on the dev contexts, the layout about 0.08.
     */
    public static final int DEFAULT_VARIANTS = WORD_SHAPE | OUTCOME_WORD | WINDOW_WORD_CLASS | GAPS | LAYOUT;

    /** The most emission features one token can have (see {@link #emission}). */
    public static final int MAX_EMISSION = 48;
    public static final int MAX_TRANSITION = 3;
    /** Gazetteer lists (first names, last names, places), one bit each; {@link #MAX_EMISSION} allows for 3. */
    public static final int GAZETTEER_LISTS = 3;
    /** The longest gazetteer entry, in tokens. */
    public static final int GAZETTEER_MAX_TOKENS = 4;
    private static final long GAZETTEER_SEED = 0x6761_7a65_7474_6565L;

    private static final int BIAS = 1, CLASS = 2, WORD = 3, WORD_CLASS = 4, PREFIX = 5, SUFFIX = 6, WORD_BIGRAM = 7,
            CLASS_BIGRAM = 8, START = 9, GAZETTEER = 10, SHAPE = 11, OUTCOME = 12, OUTCOME_CLASS = 13,
            OUTCOME_TOKEN = 14, GAP = 15, LAYOUT_CODE = 16, LAYOUT_CLASS = 17;

    private final FeatureTable gazetteer;
    private final int variants;

    /** {@code gazetteerKeys[i]} ({@link #gazetteerKey}) is in the lists whose bits are set in {@code gazetteerFlags[i]}. */
    public EntityFeatures(long[] gazetteerKeys, int[] gazetteerFlags, int variants) {
        for (int flags : gazetteerFlags) {
            if (flags >>> GAZETTEER_LISTS != 0) {
                throw new IllegalArgumentException("gazetteer list bits " + Integer.toBinaryString(flags)
                        + " name more than " + GAZETTEER_LISTS + " lists; raise GAZETTEER_LISTS and MAX_EMISSION");
            }
        }
        this.gazetteer = new FeatureTable(gazetteerKeys, gazetteerFlags);
        this.variants = variants;
    }

    FeatureTable gazetteer() {
        return gazetteer;
    }

    public int variants() {
        return variants;
    }

    /** The key of a gazetteer entry of 1 to {@value #GAZETTEER_MAX_TOKENS} tokens, case-insensitive. */
    public static long gazetteerKey(List<String> tokens) {
        long key = GAZETTEER_SEED;
        for (String token : tokens) key = FeatureHash.mix(key, FeatureHash.lower(token));
        return key;
    }

    /** The key of an outcome label, for {@link #transitions}. */
    public static long outcomeKey(String label) {
        return FeatureHash.exact(label);
    }

    /** Computes the per-token values of {@code tokens}, a sentence of {@link EntityLayout} code {@code layout}. */
    public void prepare(List<Token> tokens, int layout, Sentence s) {
        s.reset(tokens);
        s.layout = layout;
        for (int i = 0; i < s.length; i++) {
            String text = tokens.get(i).text();
            s.word[i] = FeatureHash.lower(text);
            s.context[i] = (variants & CASED_CONTEXT) != 0 ? FeatureHash.exact(text) : s.word[i];
            s.tokenClass[i] = TokenClass.of(text);
            s.shape[i] = (variants & WORD_SHAPE) != 0 ? shape(text) : 0;
            s.gazetteer[i] = 0;
        }
        for (int i = 0; i < s.length; i++) markGazetteerHits(s, i);
    }

    private void markGazetteerHits(Sentence s, int start) {
        long key = GAZETTEER_SEED;
        for (int end = start; end < s.length && end - start < GAZETTEER_MAX_TOKENS; end++) {
            key = FeatureHash.mix(key, s.word[end]);
            int lists = gazetteer.get(key);
            if (lists == FeatureTable.MISSING) continue;
            for (int j = start; j <= end; j++) s.gazetteer[j] |= lists;
        }
    }

    /** Writes token {@code i}'s emission features into {@code out} from index 0; returns how many. */
    public int emission(Sentence s, int i, long[] out) {
        int n = 0;
        out[n++] = template(BIAS, 0);
        if (i == 0) out[n++] = template(START, 0);
        n = window(s, i, out, n);
        n = affixes(s.tokens.get(i).text(), out, n);
        n = bigrams(s, i, out, n);
        if ((variants & GAPS) != 0) n = gaps(s, i, out, n);
        if ((variants & LAYOUT) != 0) {
            out[n++] = FeatureHash.mix(template(LAYOUT_CODE, 0), s.layout);
            out[n++] = FeatureHash.mix(template(LAYOUT_CLASS, 0), s.layout, s.tokenClass[i]);
        }
        return neighbourhood(s, i, out, n);
    }

    /** Token class, lower-cased token and their pair (only the token's own, unless WINDOW_WORD_CLASS) at +-2. */
    private int window(Sentence s, int i, long[] out, int n) {
        boolean windowWordClass = (variants & WINDOW_WORD_CLASS) != 0;
        for (int d = -2; d <= 2; d++) {
            if (i + d < 0 || i + d >= s.length) continue;
            out[n++] = FeatureHash.mix(template(CLASS, d), s.tokenClass[i + d]);
            out[n++] = FeatureHash.mix(template(WORD, d), s.word[i + d]);
            if (d == 0 || windowWordClass) {
                out[n++] = FeatureHash.mix(template(WORD_CLASS, d), s.word[i + d], s.tokenClass[i + d]);
            }
        }
        return n;
    }

    /** Gazetteer lists holding the token or a neighbour, and (variant WORD_SHAPE) their shapes, at +-1. */
    private int neighbourhood(Sentence s, int i, long[] out, int n) {
        for (int d = -1; d <= 1; d++) {
            if (i + d < 0 || i + d >= s.length) continue;
            int lists = s.gazetteer[i + d];
            for (int bit = 0; lists >>> bit != 0; bit++) {
                if ((lists >>> bit & 1) != 0) out[n++] = FeatureHash.mix(template(GAZETTEER, d), bit);
            }
            if ((variants & WORD_SHAPE) != 0) out[n++] = FeatureHash.mix(template(SHAPE, d), s.shape[i + d]);
        }
        return n;
    }

    /** Writes token {@code i}'s features for the previous outcome {@code outcomeKey} into {@code out}; returns how many. */
    public int transitions(Sentence s, int i, long outcomeKey, long[] out) {
        int n = 0;
        out[n++] = FeatureHash.mix(template(OUTCOME, 0), outcomeKey);
        out[n++] = FeatureHash.mix(template(OUTCOME_CLASS, 0), outcomeKey, s.tokenClass[i]);
        if ((variants & OUTCOME_WORD) != 0) {
            out[n++] = FeatureHash.mix(template(OUTCOME_TOKEN, 0), outcomeKey, s.context[i]);
        }
        return n;
    }

    /** Lower-cased prefixes and suffixes of 1 to 4 chars, each hashed as it grows. */
    private static int affixes(String text, long[] out, int n) {
        int max = Math.min(4, text.length());
        long prefix = FeatureHash.FNV_OFFSET;
        long suffix = FeatureHash.FNV_OFFSET;
        for (int k = 0; k < max; k++) {
            prefix = FeatureHash.step(prefix, Character.toLowerCase(text.charAt(k)));
            suffix = FeatureHash.step(suffix, Character.toLowerCase(text.charAt(text.length() - 1 - k)));
            out[n++] = FeatureHash.mix(template(PREFIX, k), prefix);
            out[n++] = FeatureHash.mix(template(SUFFIX, k), suffix);
        }
        return n;
    }

    private static int gaps(Sentence s, int i, long[] out, int n) {
        if (i > 0) out[n++] = FeatureHash.mix(template(GAP, -1), gap(s.tokens.get(i - 1), s.tokens.get(i)));
        if (i + 1 < s.length) out[n++] = FeatureHash.mix(template(GAP, 1), gap(s.tokens.get(i), s.tokens.get(i + 1)));
        return n;
    }

    private static int gap(Token before, Token after) {
        return Math.min(2, after.start() - before.end());
    }

    private static int bigrams(Sentence s, int i, long[] out, int n) {
        if (i > 0) {
            out[n++] = FeatureHash.mix(template(WORD_BIGRAM, -1), s.context[i - 1], s.context[i]);
            out[n++] = FeatureHash.mix(template(CLASS_BIGRAM, -1), s.tokenClass[i - 1], s.tokenClass[i]);
        }
        if (i + 1 < s.length) {
            out[n++] = FeatureHash.mix(template(WORD_BIGRAM, 1), s.context[i], s.context[i + 1]);
            out[n++] = FeatureHash.mix(template(CLASS_BIGRAM, 1), s.tokenClass[i], s.tokenClass[i + 1]);
        }
        return n;
    }

    /** "Maria" to "Xx", "McDonald" to "XxXx", "12-04" to "d-d": char kinds with runs collapsed, hashed. */
    private static long shape(String text) {
        long h = FeatureHash.FNV_OFFSET;
        char last = 0;
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            char kind = Character.isUpperCase(c) ? 'X' : Character.isLowerCase(c) ? 'x' : Character.isDigit(c) ? 'd' : c;
            if (kind != last) h = FeatureHash.step(h, kind);
            last = kind;
        }
        return h;
    }

    private static long template(int id, int offset) {
        return TEMPLATES[id * 16 + offset + 8];
    }

    /** Template ids and offsets mixed once: {@code mix(id, offset + 8)} at {@code id * 16 + offset + 8}. */
    private static final long[] TEMPLATES = new long[32 * 16];

    static {
        for (int i = 0; i < TEMPLATES.length; i++) TEMPLATES[i] = FeatureHash.mix(i / 16, i % 16);
    }

    /** Per-token values of one sentence, reused across sentences and calls (one per decoding scratch). */
    public static final class Sentence {
        List<Token> tokens;
        int length;
        int layout;
        long[] word = new long[0];
        /** The token as cased for context features: {@link #word} unless the variant {@link #CASED_CONTEXT}. */
        long[] context = new long[0];
        int[] tokenClass = new int[0];
        long[] shape = new long[0];
        int[] gazetteer = new int[0];

        public int length() {
            return length;
        }

        /** Drops the reference to the last sentence's tokens, so an idle scratch keeps no text alive. */
        void release() {
            tokens = null;
            length = 0;
        }

        void reset(List<Token> sentence) {
            tokens = sentence;
            length = sentence.size();
            if (word.length >= length) return;
            int capacity = Math.max(length, 2 * word.length);
            word = new long[capacity];
            context = new long[capacity];
            tokenClass = new int[capacity];
            shape = new long[capacity];
            gazetteer = new int[capacity];
        }
    }
}
