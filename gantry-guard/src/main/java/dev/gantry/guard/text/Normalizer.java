package dev.gantry.guard.text;

import java.util.Objects;

/**
 * Undoes the tricks that hide a value or an instruction from detectors: compatibility forms (NFKC: full
 * width letters, ligatures, math alphabets), zero-width and bidi controls, Unicode tag chars, Cyrillic and
 * Greek look-alikes, spaced-out letters and lone surrogates (replaced by U+FFFD). Work is bounded: only the
 * first {@link #maxChars()} chars are looked at, and the result says when it was truncated. Thread-safe.
 */
public final class Normalizer {
    public static final int DEFAULT_MAX_CHARS = 1_000_000;
    private static final char REPLACEMENT = '\uFFFD';

    private final int maxChars;

    public Normalizer() {
        this(DEFAULT_MAX_CHARS);
    }

    public Normalizer(int maxChars) {
        if (maxChars < 1) throw new IllegalArgumentException("maxChars must be positive, was " + maxChars);
        this.maxChars = maxChars;
    }

    public int maxChars() {
        return maxChars;
    }

    public NormalizedText normalize(String original) {
        Objects.requireNonNull(original, "original");
        int checked = checkedLength(original);
        MappedText folded = fold(original, checked);
        return SpacedLetters.collapse(folded).toNormalized(original, checked);
    }

    /** The limit, moved back one char rather than splitting a surrogate pair. */
    private int checkedLength(String s) {
        if (s.length() <= maxChars) return s.length();
        boolean splitsPair = Character.isHighSurrogate(s.charAt(maxChars - 1)) && Character.isLowSurrogate(s.charAt(maxChars));
        return splitsPair ? maxChars - 1 : maxChars;
    }

    /**
     * NFKC and homoglyph folding, one segment at a time: a base char with the marks that follow it, so NFKC
     * can still compose "e" + U+0301. Invisible chars are dropped; the segment's span keeps them.
     */
    private static MappedText fold(String s, int limit) {
        MappedText out = new MappedText(limit);
        StringBuilder segment = new StringBuilder(8);
        int i = 0;
        while (i < limit) {
            int start = i;
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (Invisibles.isInvisible(cp)) continue;
            segment.setLength(0);
            segment.appendCodePoint(sanitize(cp));
            while (i < limit) {
                int next = s.codePointAt(i);
                if (!continuesSegment(next)) break;
                i += Character.charCount(next);
                if (!Invisibles.isInvisible(next)) segment.appendCodePoint(sanitize(next));
            }
            appendNormalized(out, segment, start, i);
        }
        return out;
    }

    private static void appendNormalized(MappedText out, StringBuilder segment, int start, int end) {
        boolean ascii = segment.length() == 1 && segment.charAt(0) < 0x80;
        CharSequence normalized = ascii ? segment : java.text.Normalizer.normalize(segment, java.text.Normalizer.Form.NFKC);
        for (int k = 0; k < normalized.length(); k++) out.append(Homoglyphs.fold(normalized.charAt(k)), start, end);
    }

    /** Marks, and invisible chars between them, belong to the char before; Hangul vowel and final jamo too. */
    private static boolean continuesSegment(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK || (cp >= 0x1161 && cp <= 0x11FF)
                || Invisibles.isInvisible(cp);
    }

    /** Tag chars become the ASCII they mirror; lone surrogates become U+FFFD (they are already single chars). */
    private static int sanitize(int cp) {
        if (cp <= 0xFFFF && Character.isSurrogate((char) cp)) return REPLACEMENT;
        return Invisibles.untag(cp);
    }
}
