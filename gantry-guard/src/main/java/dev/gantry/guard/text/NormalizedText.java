package dev.gantry.guard.text;

/**
 * A text prepared for detectors, with the way back: every char of {@link #text()} knows the span of the
 * original it came from, so a finding on the normalised text becomes a span of the original to redact.
 */
public final class NormalizedText {
    private final String original;
    private final String text;
    private final int[] starts;
    private final int[] ends;
    private final int checkedLength;

    NormalizedText(String original, String text, int[] starts, int[] ends, int checkedLength) {
        this.original = original;
        this.text = text;
        this.starts = starts;
        this.ends = ends;
        this.checkedLength = checkedLength;
    }

    public String original() {
        return original;
    }

    /** The normalised text, what detectors should scan. */
    public String text() {
        return text;
    }

    /** How many chars of the original the normalised text covers; less than its length when truncated. */
    public int checkedLength() {
        return checkedLength;
    }

    /** True when the original was longer than the normaliser's limit: its tail was not looked at. */
    public boolean truncated() {
        return checkedLength < original.length();
    }

    /**
     * The span of the original that {@code [start, end)} of the normalised text came from. Offsets outside
     * the normalised text are clamped (detectors can be wrong); a span touching an edge of the normalised
     * text extends to that edge of the checked original, so findings about the whole text cover all of it.
     */
    public Span toOriginal(int start, int end) {
        int len = text.length();
        int s = clamp(start, len);
        int e = Math.max(s, clamp(end, len));
        int from = s == 0 ? 0 : s == len ? checkedLength : starts[s];
        if (s == e) return new Span(from, from);
        int to = e == len ? checkedLength : ends[e - 1];
        return new Span(from, Math.max(from, to));
    }

    private static int clamp(int i, int len) {
        return Math.max(0, Math.min(i, len));
    }
}
