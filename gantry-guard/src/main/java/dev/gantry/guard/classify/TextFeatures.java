package dev.gantry.guard.classify;

import java.util.Arrays;

/**
 * The {@link FeatureHasher} features of a normalised text and of each of its {@link Segments}, computed in one pass:
 * every word and n-gram is hashed once for the whole text and the segment vectors are assembled from the words each
 * segment spans (only a word touching a segment edge, where the segment sees a space instead of its real neighbour, is
 * hashed again). The vectors equal what {@code FeatureHasher.features} gives for the text and for each segment, bucket
 * for bucket, value for value; only their order differs. One instance per thread, reused call after call, and the last
 * text's vectors kept, so that several classifiers over the same text hash it only once.
 */
final class TextFeatures {
    private static final int MAX_SEGMENTS = 2_000;
    /** Scratch arrays larger than this many entries are not kept for the next call (a huge text must not pin memory). */
    private static final int RETAIN_LIMIT = 1 << 16;
    private static final ThreadLocal<TextFeatures> CURRENT = ThreadLocal.withInitial(TextFeatures::new);

    private String text;
    // words of the whole text
    private int wordCount;
    private int[] wordStart = new int[256], wordEnd = new int[256], wordHash = new int[256], bigramHash = new int[256];
    private int[] gramStart = new int[257];
    private int[] grams = new int[2048];
    // bags: bag 0 is the whole text, then one per non-blank segment when there are at least two
    private int bagCount;
    private int[] bagStart = new int[64];
    private int[] bagIndex = new int[2048];
    private float[] bagValue = new float[2048];
    // accumulation table (open addressing on bucket + 1) and the slots it touched
    private int[] tableKey = new int[1024];
    private float[] tableValue = new float[1024];
    private int[] touched = new int[512];
    private int touchedCount;
    private final char[] wordBuffer = new char[64];

    private TextFeatures() {
    }

    /** Highest probability of the model over the whole text and each segment, as {@code Assessment} defines it. */
    static double highestProbability(String normalized, LogisticRegression model) {
        TextFeatures f = CURRENT.get();
        f.load(normalized, f::analyze);
        double best = model.probability(f.bagIndex, f.bagValue, f.bagStart[0], f.bagStart[1]);
        for (int b = 1; b < f.bagCount; b++) best = Math.max(best, model.probability(f.bagIndex, f.bagValue, f.bagStart[b], f.bagStart[b + 1]));
        if (f.tooBig()) CURRENT.remove();
        return best;
    }

    /** The instance {@link #wholeProbability} analyses with, so that it leaves the last text's segments cached. */
    private static final ThreadLocal<TextFeatures> WHOLE = ThreadLocal.withInitial(TextFeatures::new);

    /**
     * The model's probability of the whole normalised text alone: the bucket sums of {@code FeatureHasher.features},
     * accumulated in a table instead of sorted (a glossed prompt's lines are each scored so, by two detectors). The
     * last text's bag is kept for the next model.
     */
    static double wholeProbability(String normalized, LogisticRegression model) {
        TextFeatures f = WHOLE.get();
        f.load(normalized, f::analyzeWhole);
        double p = model.probability(f.bagIndex, f.bagValue, f.bagStart[0], f.bagStart[1]);
        if (f.tooBig()) WHOLE.remove();
        return p;
    }

    /** Analyses {@code normalized} unless it is the text analysed last (by identity); a failed analysis keeps no text. */
    private void load(String normalized, java.util.function.Consumer<String> analysis) {
        if (text == normalized) return;
        text = null;
        analysis.accept(normalized);
        text = normalized;
    }

    private boolean tooBig() {
        return grams.length > RETAIN_LIMIT || bagIndex.length > RETAIN_LIMIT || tableKey.length > RETAIN_LIMIT;
    }

    private void analyze(String s) {
        analyzeWhole(s);
        segment(s);
    }

    /** Tokenises {@code s} and makes bag 0, the whole text's. */
    private void analyzeWhole(String s) {
        tokenize(s);
        bagCount = 0;
        ensureBagIndexCapacity(gramStart[wordCount] + 2 * wordCount);
        bagStart[0] = 0;
        addBag(s, 0, s.length(), true);
    }

    private void tokenize(String s) {
        int n = s.length();
        wordCount = 0;
        gramStart[0] = 0;
        int gramCount = 0;
        int i = 0;
        while (i < n) {
            if (!FeatureHasher.isWordChar(s.charAt(i))) {
                i++;
                continue;
            }
            int end = i;
            while (end < n && FeatureHasher.isWordChar(s.charAt(end))) end++;
            int w = wordCount;
            if (w + 1 >= wordStart.length) growWords();
            wordStart[w] = i;
            wordEnd[w] = end;
            wordHash[w] = FeatureHasher.hash(FeatureHasher.WORD_SEED, s, i, end, -1, 0, 0);
            bigramHash[w] = w == 0 ? 0 : FeatureHasher.hash(FeatureHasher.BIGRAM_SEED, s, wordStart[w - 1], wordEnd[w - 1], ' ', i, end);
            int needed = gramCount + 3 * (end - i + 2);
            if (needed > grams.length) grams = Arrays.copyOf(grams, Math.max(needed, grams.length * 2));
            gramCount = charGrams(s, i, end, i > 0 ? s.charAt(i - 1) : ' ', end < n ? s.charAt(end) : ' ', grams, gramCount);
            wordCount++;
            gramStart[wordCount] = gramCount;
            i = end;
        }
    }

    private void growWords() {
        int size = wordStart.length * 2;
        wordStart = Arrays.copyOf(wordStart, size);
        wordEnd = Arrays.copyOf(wordEnd, size);
        wordHash = Arrays.copyOf(wordHash, size);
        bigramHash = Arrays.copyOf(bigramHash, size);
        gramStart = Arrays.copyOf(gramStart, size + 1);
    }

    /** Hashes of the 3- to 5-grams of left + s[from,to) + right, as FeatureHasher orders them; returns the new count. */
    private int charGrams(String s, int from, int to, char left, char right, int[] out, int count) {
        int len = to - from + 2;
        char[] buf = len <= wordBuffer.length ? wordBuffer : new char[len];
        buf[0] = left;
        s.getChars(from, to, buf, 1);
        buf[len - 1] = right;
        for (int n = 3; n <= 5; n++) {
            int seed = 0x811c9dc5 ^ (FeatureHasher.CHAR_SEED + n);
            for (int start = 0; start + n <= len; start++) {
                int h = seed;
                for (int k = start; k < start + n; k++) h = (h ^ buf[k]) * 0x01000193;
                out[count++] = FeatureHasher.bucket(h);
            }
        }
        return count;
    }

    /** Splits as {@code Segments.of} does, adding one bag per non-blank segment when there are at least two. */
    private void segment(String s) {
        int n = s.length();
        if (!onlyPlainSpaces(s)) {
            // tabs, newlines or other separators the fast splitter does not model: the regex split, then plain hashing
            segmentSlowly(s);
            return;
        }
        int[] starts = new int[16], ends = new int[16];
        int parts = 0;
        int index = 0;
        boolean matched = false;
        int p = 0;
        while (p < n) {
            int matchEnd = -1;
            char c = s.charAt(p);
            if (c == ' ' && p > 0 && isClauseEnd(s.charAt(p - 1))) {
                int q = p;
                while (q < n && s.charAt(q) == ' ') q++;
                matchEnd = q;
            } else {
                int r = p;
                while (r < n && s.charAt(r) == ' ') r++;
                if (r < n && s.charAt(r) == '|') {
                    int q = r + 1;
                    while (q < n && s.charAt(q) == ' ') q++;
                    matchEnd = q;
                }
            }
            if (matchEnd < 0) {
                p++;
                continue;
            }
            matched = true;
            if (parts == starts.length) {
                starts = Arrays.copyOf(starts, parts * 2);
                ends = Arrays.copyOf(ends, parts * 2);
            }
            if (parts < MAX_SEGMENTS - 1) {
                starts[parts] = index;
                ends[parts++] = p;
                index = matchEnd;
            } else {
                starts[parts] = index;
                ends[parts++] = n;
                index = matchEnd;
                break;
            }
            p = matchEnd;
        }
        if (!matched) return; // one segment: the whole text only
        if (parts < MAX_SEGMENTS) {
            if (parts == starts.length) {
                starts = Arrays.copyOf(starts, parts + 1);
                ends = Arrays.copyOf(ends, parts + 1);
            }
            starts[parts] = index;
            ends[parts++] = n;
        }
        int nonBlank = 0;
        for (int k = 0; k < parts; k++) if (!isBlank(s, starts[k], ends[k])) nonBlank++;
        if (nonBlank < 2) return;
        for (int k = 0; k < parts; k++) if (!isBlank(s, starts[k], ends[k])) addBag(s, starts[k], ends[k], false);
    }

    /** The regex split for texts with other whitespace than single spaces; the segment vectors hashed one by one. */
    private void segmentSlowly(String s) {
        java.util.List<String> segments = Segments.of(s);
        if (segments.size() < 2) return;
        for (String segment : segments) {
            SparseVector v = FeatureHasher.features(segment);
            ensureBagIndexCapacity(bagStart[bagCount] + v.indices().length);
            int at = bagStart[bagCount];
            System.arraycopy(v.indices(), 0, bagIndex, at, v.indices().length);
            System.arraycopy(v.values(), 0, bagValue, at, v.values().length);
            closeBag(at + v.indices().length);
        }
    }

    /** Only ' ' as whitespace (what LightNormalizer leaves), so the fast splitter applies. */
    private static boolean onlyPlainSpaces(String s) {
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (c < ' ' && (c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r')) return false;
        }
        return true;
    }

    private static boolean isClauseEnd(char c) {
        return c == '.' || c == '!' || c == '?' || c == ';' || c == ':';
    }

    private static boolean isBlank(String s, int from, int to) {
        for (int i = from; i < to; i++) if (!Character.isWhitespace(s.charAt(i))) return false;
        return true;
    }

    /** Adds the bag of the words in [from, to): whole text or one segment (padded with spaces at its edges). */
    private void addBag(String s, int from, int to, boolean whole) {
        int first = firstWordAtOrAfter(from);
        int count = 0;
        for (int w = first; w < wordCount && wordStart[w] < to; w++) count += gramStart[w + 1] - gramStart[w] + 2;
        ensureTable(count);
        for (int w = first; w < wordCount && wordStart[w] < to; w++) {
            int ws = wordStart[w], we = wordEnd[w];
            boolean leftDiffers = !whole && ws == from && ws > 0 && s.charAt(ws - 1) != ' ';
            boolean rightDiffers = !whole && we == to && we < s.length() && s.charAt(we) != ' ';
            if (leftDiffers || rightDiffers) {
                int[] own = new int[3 * (we - ws + 2)];
                int k = charGrams(s, ws, we, ws == from ? ' ' : s.charAt(ws - 1), we == to ? ' ' : (we < s.length() ? s.charAt(we) : ' '), own, 0);
                for (int g = 0; g < k; g++) accumulate(own[g], 1f);
            } else {
                for (int g = gramStart[w]; g < gramStart[w + 1]; g++) accumulate(grams[g], 1f);
            }
            accumulate(wordHash[w], FeatureHasher.WORD_WEIGHT);
            if (w > first || (whole && w > 0)) accumulate(bigramHash[w], FeatureHasher.WORD_WEIGHT);
        }
        drainTable();
    }

    private int firstWordAtOrAfter(int position) {
        int lo = 0, hi = wordCount;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (wordStart[mid] < position) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    private void ensureTable(int entries) {
        int size = Integer.highestOneBit(Math.max(16, entries * 2 - 1)) << 1;
        if (tableKey.length < size) {
            tableKey = new int[size];
            tableValue = new float[size];
        }
        if (touched.length < entries) touched = new int[Math.max(entries, touched.length * 2)];
        touchedCount = 0;
    }

    private void accumulate(int bucket, float weight) {
        int[] keys = tableKey;
        int mask = keys.length - 1;
        int key = bucket + 1;
        int slot = (bucket * 0x9E3779B9) >>> 7 & mask;
        while (true) {
            int k = keys[slot];
            if (k == key) {
                tableValue[slot] += weight;
                return;
            }
            if (k == 0) {
                keys[slot] = key;
                tableValue[slot] = weight;
                touched[touchedCount++] = slot;
                return;
            }
            slot = (slot + 1) & mask;
        }
    }

    /** Moves the table's buckets into a new bag, L2-normalised exactly as FeatureHasher does, and clears the table. */
    private void drainTable() {
        double norm = 0;
        for (int t = 0; t < touchedCount; t++) {
            float v = tableValue[touched[t]];
            norm += v * v;
        }
        float scale = norm == 0 ? 0 : (float) (1 / Math.sqrt(norm));
        int at = bagStart[bagCount];
        ensureBagIndexCapacity(at + touchedCount);
        for (int t = 0; t < touchedCount; t++) {
            int slot = touched[t];
            bagIndex[at + t] = tableKey[slot] - 1;
            bagValue[at + t] = tableValue[slot] * scale;
            tableKey[slot] = 0;
        }
        closeBag(at + touchedCount);
        touchedCount = 0;
    }

    private void closeBag(int end) {
        if (bagCount + 2 > bagStart.length) bagStart = Arrays.copyOf(bagStart, bagStart.length * 2);
        bagStart[++bagCount] = end;
    }

    private void ensureBagIndexCapacity(int size) {
        if (bagIndex.length < size) {
            int grown = Math.max(size, bagIndex.length * 2);
            bagIndex = Arrays.copyOf(bagIndex, grown);
            bagValue = Arrays.copyOf(bagValue, grown);
        }
    }
}
