package dev.gantry.guard.text;

/**
 * Joins words written as spaced letters ("i g n o r e", "i.g.n.o.r.e") so detectors see the word. A run is
 * at least {@value #MIN_LETTERS} single letters separated by the same short gap each time; a different
 * gap ends the run, so "i g n o r e  a l l" becomes "ignore  all". Digits are left alone (IPs, phones).
 */
final class SpacedLetters {
    static final int MIN_LETTERS = 3;
    private static final int MAX_GAP = 3;

    private SpacedLetters() {
    }

    static MappedText collapse(MappedText in) {
        MappedText out = null;
        int i = 0;
        while (i < in.length()) {
            int runEnd = runEnd(in, i);
            if (runEnd < 0) {
                if (out != null) out.copy(in, i);
                i++;
                continue;
            }
            if (out == null) out = prefix(in, i);
            for (int k = i; k < runEnd; k++) {
                if (Character.isLetter(in.charAt(k))) out.copy(in, k);
            }
            i = runEnd;
        }
        return out == null ? in : out;
    }

    private static MappedText prefix(MappedText in, int end) {
        MappedText out = new MappedText(in.length());
        for (int k = 0; k < end; k++) out.copy(in, k);
        return out;
    }

    /** One past the last letter of a spaced run starting at {@code i}, or -1 when none starts there. */
    private static int runEnd(MappedText t, int i) {
        if (!isSingleLetter(t, i)) return -1;
        int letters = 1;
        int last = i;
        int gapStart = -1;
        int gapLength = 0;
        while (true) {
            int g = last + 1;
            int gEnd = g;
            while (gEnd < t.length() && gEnd - g < MAX_GAP && isGap(t.charAt(gEnd))) gEnd++;
            if (gEnd == g || !isSingleLetter(t, gEnd)) break;
            if (gapStart < 0) {
                gapStart = g;
                gapLength = gEnd - g;
            } else if (gEnd - g != gapLength || !t.regionMatches(gapStart, g, gapLength)) {
                break;
            }
            letters++;
            last = gEnd;
        }
        return letters >= MIN_LETTERS ? last + 1 : -1;
    }

    /** A letter with no letter or digit on either side. */
    private static boolean isSingleLetter(MappedText t, int i) {
        if (i >= t.length() || !Character.isLetter(t.charAt(i))) return false;
        boolean before = i > 0 && Character.isLetterOrDigit(t.charAt(i - 1));
        boolean after = i + 1 < t.length() && Character.isLetterOrDigit(t.charAt(i + 1));
        return !before && !after;
    }

    private static boolean isGap(char c) {
        return c == ' ' || c == '\t' || c == '.' || c == '-' || c == '_' || c == '*';
    }
}
